using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SatisfactionAndLoyalty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LoyaltyStageChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    FromStage = table.Column<int>(type: "integer", nullable: true),
                    ToStage = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoyaltyStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoyaltyStageChanges_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionSurveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_ServiceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ServiceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<double>(type: "double precision", nullable: false),
                    SetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionTargets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyStageChanges_AccountId_ChangedAt",
                table: "LoyaltyStageChanges",
                columns: new[] { "AccountId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyStageChanges_ChangedAt",
                table: "LoyaltyStageChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_AccountId_RecordedAt",
                table: "SatisfactionSurveys",
                columns: new[] { "AccountId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_CaseId",
                table: "SatisfactionSurveys",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_ContactId",
                table: "SatisfactionSurveys",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_RecordedAt",
                table: "SatisfactionSurveys",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionTargets_Year",
                table: "SatisfactionTargets",
                column: "Year",
                unique: true);

            // Accounts that exist already start their loyalty history at the stage they hold (when it was reached is
            // unknown, so it is dated at the account's creation).
            migrationBuilder.Sql(LoyaltyBackfill);

            // Row-level security as in ServiceCases: with a partner named for the transaction, no survey or target
            // shows (they are the company's own), and a loyalty change only on an account the partner sees by the
            // access rules (counted by loyaltyTransitions). The subqueries' tables are walled too.
            migrationBuilder.Sql($"""
                ALTER TABLE "SatisfactionSurveys" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "SatisfactionSurveys" FOR SELECT USING (graphkam_partner_id() IS NULL);
                ALTER TABLE "SatisfactionTargets" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "SatisfactionTargets" FOR SELECT USING (graphkam_partner_id() IS NULL);
                ALTER TABLE "LoyaltyStageChanges" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "LoyaltyStageChanges" FOR SELECT
                    USING (graphkam_partner_id() IS NULL OR {PartnerSeesAccount("\"LoyaltyStageChanges\".\"AccountId\"")});
                """);
            foreach (var table in WalledTables)
            {
                migrationBuilder.Sql($"""
                    CREATE POLICY inserts ON "{table}" FOR INSERT WITH CHECK (true);
                    CREATE POLICY updates ON "{table}" FOR UPDATE USING (true) WITH CHECK (true);
                    CREATE POLICY deletes ON "{table}" FOR DELETE USING (true);
                    """);
            }
        }

        private static readonly string[] WalledTables = ["SatisfactionSurveys", "SatisfactionTargets", "LoyaltyStageChanges"];

        private const string LoyaltyBackfill = """
            INSERT INTO "LoyaltyStageChanges" ("AccountId", "FromStage", "ToStage", "Reason", "ChangedAt", "ChangedBy")
            SELECT "Id", NULL, "LoyaltyStage", 'the stage when the history began', "CreatedAt", 'system' FROM "Accounts";
            """;

        /// <summary>AccountAccess's read rule for partners in SQL, on the account in <paramref name="accountId"/>.</summary>
        private static string PartnerSeesAccount(string accountId) => $"""
            (EXISTS (SELECT 1 FROM "DistributorAssignments" AS x
                    WHERE x."AccountId" = {accountId} AND x."DistributorId" = graphkam_partner_id())
                OR EXISTS (SELECT 1 FROM "Opportunities" AS o
                    WHERE o."AccountId" = {accountId} AND o."DistributorId" = graphkam_partner_id())
                OR EXISTS (SELECT 1 FROM "DealRegistrations" AS r
                    WHERE r."AccountId" = {accountId} AND r."DistributorId" = graphkam_partner_id()))
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in WalledTables)
            {
                migrationBuilder.Sql($"""
                    DROP POLICY partner_reads ON "{table}";
                    DROP POLICY inserts ON "{table}";
                    DROP POLICY updates ON "{table}";
                    DROP POLICY deletes ON "{table}";
                    ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
                    """);
            }

            migrationBuilder.DropTable(
                name: "LoyaltyStageChanges");

            migrationBuilder.DropTable(
                name: "SatisfactionSurveys");

            migrationBuilder.DropTable(
                name: "SatisfactionTargets");
        }
    }
}

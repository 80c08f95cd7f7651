using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ServiceCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    TierCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    RespondBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolveBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstResponseAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResponseEscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionEscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCases_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceCases_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ServiceCases_Users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCaseChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FromStatus = table.Column<int>(type: "integer", nullable: true),
                    ToStatus = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCaseChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCaseChanges_ServiceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ServiceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCaseChanges_CaseId_ChangedAt",
                table: "ServiceCaseChanges",
                columns: new[] { "CaseId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_AccountId_OpenedAt",
                table: "ServiceCases",
                columns: new[] { "AccountId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_ContactId",
                table: "ServiceCases",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_OwnerId",
                table: "ServiceCases",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Status_ResolveBy",
                table: "ServiceCases",
                columns: new[] { "Status", "ResolveBy" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Status_RespondBy",
                table: "ServiceCases",
                columns: new[] { "Status", "RespondBy" });

            // Row-level security as in PostgreSqlInitial: with a partner named for the transaction, a case shows only
            // on an account that partner sees by the access rules (one its distributor serves, or has deals or
            // registrations on), and a history row only with its case. The subqueries' tables are walled too.
            migrationBuilder.Sql($"""
                ALTER TABLE "ServiceCases" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "ServiceCases" FOR SELECT
                    USING (graphkam_partner_id() IS NULL OR {PartnerSeesAccount("\"ServiceCases\".\"AccountId\"")});
                ALTER TABLE "ServiceCaseChanges" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "ServiceCaseChanges" FOR SELECT
                    USING (graphkam_partner_id() IS NULL OR EXISTS (SELECT 1 FROM "ServiceCases" AS c
                        WHERE c."Id" = "ServiceCaseChanges"."CaseId" AND {PartnerSeesAccount("c.\"AccountId\"")}));
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

        private static readonly string[] WalledTables = ["ServiceCases", "ServiceCaseChanges"];

        /// <summary>
        /// AccountAccess's read rule for partners in SQL, on the account in <paramref name="accountId"/>.
        /// </summary>
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
                name: "ServiceCaseChanges");

            migrationBuilder.DropTable(
                name: "ServiceCases");
        }
    }
}

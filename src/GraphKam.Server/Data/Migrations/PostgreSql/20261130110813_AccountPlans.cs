using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AccountPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    Objectives = table.Column<string>(type: "text", nullable: false),
                    Needs = table.Column<string>(type: "text", nullable: false),
                    PainPoints = table.Column<string>(type: "text", nullable: false),
                    Competitors = table.Column<string>(type: "text", nullable: false),
                    DecisionSteps = table.Column<string>(type: "text", nullable: false),
                    WhiteSpace = table.Column<string>(type: "text", nullable: false),
                    Risks = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    ActivatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountPlans_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserIds = table.Column<string>(type: "text", nullable: false),
                    ContactIds = table.Column<string>(type: "text", nullable: false),
                    Changes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    NextSteps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReviews_AccountPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AccountPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountPlans_AccountId_Year",
                table: "AccountPlans",
                columns: new[] { "AccountId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountPlans_Status_LastReviewedAt_ActivatedAt",
                table: "AccountPlans",
                columns: new[] { "Status", "LastReviewedAt", "ActivatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_PlanId_ReviewedAt",
                table: "PlanReviews",
                columns: new[] { "PlanId", "ReviewedAt" });

            // Row-level security as for the satisfaction tables: plans and their reviews are the company's own
            // strategy, so a transaction with a partner named for it sees none of them.
            foreach (var table in WalledTables)
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                    CREATE POLICY partner_reads ON "{table}" FOR SELECT USING (graphkam_partner_id() IS NULL);
                    CREATE POLICY inserts ON "{table}" FOR INSERT WITH CHECK (true);
                    CREATE POLICY updates ON "{table}" FOR UPDATE USING (true) WITH CHECK (true);
                    CREATE POLICY deletes ON "{table}" FOR DELETE USING (true);
                    """);
            }
        }

        private static readonly string[] WalledTables = ["AccountPlans", "PlanReviews"];

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
                name: "PlanReviews");

            migrationBuilder.DropTable(
                name: "AccountPlans");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class KpiSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KpiSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    Accounts = table.Column<int>(type: "integer", nullable: false),
                    KeyAccounts = table.Column<int>(type: "integer", nullable: false),
                    KeyAccountRevenue = table.Column<long>(type: "bigint", nullable: false),
                    CompanyRevenue = table.Column<long>(type: "bigint", nullable: false),
                    Satisfaction = table.Column<double>(type: "double precision", nullable: true),
                    WinRate = table.Column<double>(type: "double precision", nullable: true),
                    Pipeline = table.Column<long>(type: "bigint", nullable: false),
                    Won = table.Column<long>(type: "bigint", nullable: false),
                    Target = table.Column<long>(type: "bigint", nullable: true),
                    ForecastAttainment = table.Column<double>(type: "double precision", nullable: true),
                    Tiers = table.Column<string>(type: "text", nullable: false),
                    Migrations = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiSnapshots_TierPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "TierPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiSnapshots_PolicyId_Month",
                table: "KpiSnapshots",
                columns: new[] { "PolicyId", "Month" },
                unique: true);

            // The company's own figures: partners' connections read no row (see the AccountProducts policies).
            migrationBuilder.Sql("""
                ALTER TABLE "KpiSnapshots" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "KpiSnapshots" FOR SELECT USING (graphkam_partner_id() IS NULL);
                CREATE POLICY inserts ON "KpiSnapshots" FOR INSERT WITH CHECK (true);
                CREATE POLICY updates ON "KpiSnapshots" FOR UPDATE USING (true) WITH CHECK (true);
                CREATE POLICY deletes ON "KpiSnapshots" FOR DELETE USING (true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY partner_reads ON "KpiSnapshots";
                DROP POLICY inserts ON "KpiSnapshots";
                DROP POLICY updates ON "KpiSnapshots";
                DROP POLICY deletes ON "KpiSnapshots";
                ALTER TABLE "KpiSnapshots" DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "KpiSnapshots");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphKam.Server.Data.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Accounts = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyAccounts = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyAccountRevenue = table.Column<long>(type: "INTEGER", nullable: false),
                    CompanyRevenue = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfaction = table.Column<double>(type: "REAL", nullable: true),
                    WinRate = table.Column<double>(type: "REAL", nullable: true),
                    Pipeline = table.Column<long>(type: "INTEGER", nullable: false),
                    Won = table.Column<long>(type: "INTEGER", nullable: false),
                    Target = table.Column<long>(type: "INTEGER", nullable: true),
                    ForecastAttainment = table.Column<double>(type: "REAL", nullable: true),
                    Tiers = table.Column<string>(type: "TEXT", nullable: false),
                    Migrations = table.Column<string>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiSnapshots");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphKam.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountTeamMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountTeamMembers_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountTeamMembers_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoverageRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TierCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AllowedCoverage = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredRoles = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTeamMembers_AccountId_UserId",
                table: "AccountTeamMembers",
                columns: new[] { "AccountId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTeamMembers_UserId",
                table: "AccountTeamMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageRules_TierCode",
                table: "CoverageRules",
                column: "TierCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountTeamMembers");

            migrationBuilder.DropTable(
                name: "CoverageRules");
        }
    }
}

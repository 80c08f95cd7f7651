using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphKam.Server.Data.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: true),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
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
            migrationBuilder.Sql("""
                INSERT INTO "LoyaltyStageChanges" ("AccountId", "FromStage", "ToStage", "Reason", "ChangedAt", "ChangedBy")
                SELECT "Id", NULL, "LoyaltyStage", 'the stage when the history began', "CreatedAt", 'system' FROM "Accounts";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LoyaltyStageChanges");

            migrationBuilder.DropTable(
                name: "SatisfactionSurveys");

            migrationBuilder.DropTable(
                name: "SatisfactionTargets");
        }
    }
}

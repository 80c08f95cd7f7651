using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphKam.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class TierPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountMeasures_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TierPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Metrics = table.Column<string>(type: "TEXT", nullable: false),
                    Tiers = table.Column<string>(type: "TEXT", nullable: false),
                    Overrides = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountTiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    TierCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TierRank = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedTierCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OverrideTierCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OverrideExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverrideSetBy = table.Column<string>(type: "TEXT", nullable: true),
                    OverrideSetAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountTiers_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountTiers_TierPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "TierPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TierChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromCode = table.Column<string>(type: "TEXT", nullable: true),
                    ToCode = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TierChanges_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TierChanges_TierPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "TierPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountMeasures_AccountId_Key",
                table: "AccountMeasures",
                columns: new[] { "AccountId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountMeasures_Key_Value",
                table: "AccountMeasures",
                columns: new[] { "Key", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTiers_AccountId_PolicyId",
                table: "AccountTiers",
                columns: new[] { "AccountId", "PolicyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountTiers_OverrideExpiresAt",
                table: "AccountTiers",
                column: "OverrideExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccountTiers_PolicyId_TierRank",
                table: "AccountTiers",
                columns: new[] { "PolicyId", "TierRank" });

            migrationBuilder.CreateIndex(
                name: "IX_TierChanges_AccountId_PolicyId_ChangedAt",
                table: "TierChanges",
                columns: new[] { "AccountId", "PolicyId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TierChanges_PolicyId",
                table: "TierChanges",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_TierPolicies_Key",
                table: "TierPolicies",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountMeasures");

            migrationBuilder.DropTable(
                name: "AccountTiers");

            migrationBuilder.DropTable(
                name: "TierChanges");

            migrationBuilder.DropTable(
                name: "TierPolicies");
        }
    }
}

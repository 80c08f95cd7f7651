using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    EndedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TierCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    AllowedCoverage = table.Column<int>(type: "integer", nullable: false),
                    RequiredRoles = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            // Row-level security as in SatisfactionAndLoyalty: teams and coverage rules are the company's own, so a
            // transaction with a partner named sees none of their rows.
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

        private static readonly string[] WalledTables = ["AccountTeamMembers", "CoverageRules"];

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
                name: "AccountTeamMembers");

            migrationBuilder.DropTable(
                name: "CoverageRules");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RevenueRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RevenueRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    ItRevenue = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevenueRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevenueRecords_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RevenueRecords_AccountId_Month",
                table: "RevenueRecords",
                columns: new[] { "AccountId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevenueRecords_Month",
                table: "RevenueRecords",
                column: "Month");

            // The company's own record: partners' connections read no row (see the AccountProducts policies).
            migrationBuilder.Sql("""
                ALTER TABLE "RevenueRecords" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "RevenueRecords" FOR SELECT USING (graphkam_partner_id() IS NULL);
                CREATE POLICY inserts ON "RevenueRecords" FOR INSERT WITH CHECK (true);
                CREATE POLICY updates ON "RevenueRecords" FOR UPDATE USING (true) WITH CHECK (true);
                CREATE POLICY deletes ON "RevenueRecords" FOR DELETE USING (true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY partner_reads ON "RevenueRecords";
                DROP POLICY inserts ON "RevenueRecords";
                DROP POLICY updates ON "RevenueRecords";
                DROP POLICY deletes ON "RevenueRecords";
                ALTER TABLE "RevenueRecords" DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "RevenueRecords");
        }
    }
}

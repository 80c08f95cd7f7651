using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddProducts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Products",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Family = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ListPrice = table.Column<long>(type: "bigint", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountProducts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MonthlyValue = table.Column<long>(type: "bigint", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    EndedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountProducts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountProducts_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountProducts_AccountId_ProductId_Since",
                table: "AccountProducts",
                columns: new[] { "AccountId", "ProductId", "Since" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountProducts_ProductId",
                table: "AccountProducts",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_Active_Family_Name",
                table: "Products",
                columns: new[] { "Active", "Family", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_Code",
                table: "Products",
                column: "Code",
                unique: true);

            // Row-level security as for the plans: what an account uses is the company's own record, so a transaction
            // with a partner named for it sees none of it. The catalogue is reference data everyone reads: no policy.
            migrationBuilder.Sql("""
                ALTER TABLE "AccountProducts" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "AccountProducts" FOR SELECT USING (graphkam_partner_id() IS NULL);
                CREATE POLICY inserts ON "AccountProducts" FOR INSERT WITH CHECK (true);
                CREATE POLICY updates ON "AccountProducts" FOR UPDATE USING (true) WITH CHECK (true);
                CREATE POLICY deletes ON "AccountProducts" FOR DELETE USING (true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY partner_reads ON "AccountProducts";
                DROP POLICY inserts ON "AccountProducts";
                DROP POLICY updates ON "AccountProducts";
                DROP POLICY deletes ON "AccountProducts";
                ALTER TABLE "AccountProducts" DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "AccountProducts");

            migrationBuilder.DropTable(
                name: "Products");
        }
    }
}

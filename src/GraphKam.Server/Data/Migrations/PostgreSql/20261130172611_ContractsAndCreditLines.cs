using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ContractsAndCreditLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    StartsOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RenewalState = table.Column<int>(type: "integer", nullable: false),
                    SignedById = table.Column<int>(type: "integer", nullable: true),
                    RenewalOpportunityId = table.Column<int>(type: "integer", nullable: true),
                    RenewalOfId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contracts_Contacts_SignedById",
                        column: x => x.SignedById,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Contracts_Contracts_RenewalOfId",
                        column: x => x.RenewalOfId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Contracts_Opportunities_RenewalOpportunityId",
                        column: x => x.RenewalOpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ContractProducts",
                columns: table => new
                {
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractProducts", x => new { x.ContractId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_ContractProducts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractProducts_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractProducts_ProductId",
                table: "ContractProducts",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_AccountId_EndsOn",
                table: "Contracts",
                columns: new[] { "AccountId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_EndsOn_RenewalState",
                table: "Contracts",
                columns: new[] { "EndsOn", "RenewalState" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RenewalOfId",
                table: "Contracts",
                column: "RenewalOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RenewalOpportunityId",
                table: "Contracts",
                column: "RenewalOpportunityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SignedById",
                table: "Contracts",
                column: "SignedById");

            // Row-level security as for what accounts use: contracts and the products they cover are the company's own
            // record, so a transaction with a partner named for it sees none of them.
            migrationBuilder.Sql("""
                ALTER TABLE "Contracts" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "Contracts" FOR SELECT USING (graphkam_partner_id() IS NULL);
                CREATE POLICY inserts ON "Contracts" FOR INSERT WITH CHECK (true);
                CREATE POLICY updates ON "Contracts" FOR UPDATE USING (true) WITH CHECK (true);
                CREATE POLICY deletes ON "Contracts" FOR DELETE USING (true);
                ALTER TABLE "ContractProducts" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "ContractProducts" FOR SELECT USING (graphkam_partner_id() IS NULL);
                CREATE POLICY inserts ON "ContractProducts" FOR INSERT WITH CHECK (true);
                CREATE POLICY updates ON "ContractProducts" FOR UPDATE USING (true) WITH CHECK (true);
                CREATE POLICY deletes ON "ContractProducts" FOR DELETE USING (true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY partner_reads ON "ContractProducts";
                DROP POLICY inserts ON "ContractProducts";
                DROP POLICY updates ON "ContractProducts";
                DROP POLICY deletes ON "ContractProducts";
                ALTER TABLE "ContractProducts" DISABLE ROW LEVEL SECURITY;
                DROP POLICY partner_reads ON "Contracts";
                DROP POLICY inserts ON "Contracts";
                DROP POLICY updates ON "Contracts";
                DROP POLICY deletes ON "Contracts";
                ALTER TABLE "Contracts" DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "ContractProducts");

            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}

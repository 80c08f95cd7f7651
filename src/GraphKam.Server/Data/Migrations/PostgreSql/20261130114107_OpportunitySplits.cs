using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OpportunitySplits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OpportunitySplits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunitySplits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpportunitySplits_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OpportunitySplits_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunitySplits_OpportunityId_Type_UserId",
                table: "OpportunitySplits",
                columns: new[] { "OpportunityId", "Type", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpportunitySplits_UserId",
                table: "OpportunitySplits",
                column: "UserId");

            // The second wall follows the deal's: a partner's transaction sees the splits of its distributor's deals only.
            migrationBuilder.Sql("""
                ALTER TABLE "OpportunitySplits" ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_reads ON "OpportunitySplits" FOR SELECT
                    USING (graphkam_partner_id() IS NULL OR EXISTS (SELECT 1 FROM "Opportunities" o
                        WHERE o."Id" = "OpportunitySplits"."OpportunityId" AND o."DistributorId" = graphkam_partner_id()));
                CREATE POLICY inserts ON "OpportunitySplits" FOR INSERT WITH CHECK (true);
                CREATE POLICY updates ON "OpportunitySplits" FOR UPDATE USING (true) WITH CHECK (true);
                CREATE POLICY deletes ON "OpportunitySplits" FOR DELETE USING (true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY partner_reads ON "OpportunitySplits";
                DROP POLICY inserts ON "OpportunitySplits";
                DROP POLICY updates ON "OpportunitySplits";
                DROP POLICY deletes ON "OpportunitySplits";
                ALTER TABLE "OpportunitySplits" DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "OpportunitySplits");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphKam.Server.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ServiceStandardOnTiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DedicatedManager",
                table: "AccountTiers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReviewIntervalDays",
                table: "AccountTiers",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DedicatedManager",
                table: "AccountTiers");

            migrationBuilder.DropColumn(
                name: "ReviewIntervalDays",
                table: "AccountTiers");
        }
    }
}

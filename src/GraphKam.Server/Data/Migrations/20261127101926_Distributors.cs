using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphKam.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Distributors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Distributors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Model = table.Column<int>(type: "INTEGER", nullable: false),
                    CommissionRate = table.Column<double>(type: "REAL", nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    Industries = table.Column<string>(type: "TEXT", nullable: false),
                    ContractStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContractEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Distributors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Distributors_Distributors_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Distributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistributorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedCloseDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OpportunityId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealRegistrations_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DealRegistrations_Distributors_DistributorId",
                        column: x => x.DistributorId,
                        principalTable: "Distributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DealRegistrations_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DistributorAssignments",
                columns: table => new
                {
                    DistributorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistributorAssignments", x => new { x.DistributorId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_DistributorAssignments_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DistributorAssignments_Distributors_DistributorId",
                        column: x => x.DistributorId,
                        principalTable: "Distributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scorecards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistributorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    SalesAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Target = table.Column<long>(type: "INTEGER", nullable: false),
                    Attainment = table.Column<double>(type: "REAL", nullable: false),
                    CoverageScore = table.Column<double>(type: "REAL", nullable: false),
                    ServiceScore = table.Column<double>(type: "REAL", nullable: false),
                    PaymentScore = table.Column<double>(type: "REAL", nullable: false),
                    OverallScore = table.Column<double>(type: "REAL", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scorecards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scorecards_Distributors_DistributorId",
                        column: x => x.DistributorId,
                        principalTable: "Distributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChannelConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DistributorId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherDistributorId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    OpportunityId = table.Column<int>(type: "INTEGER", nullable: true),
                    DealRegistrationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelConflicts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelConflicts_DealRegistrations_DealRegistrationId",
                        column: x => x.DealRegistrationId,
                        principalTable: "DealRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelConflicts_Distributors_DistributorId",
                        column: x => x.DistributorId,
                        principalTable: "Distributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelConflicts_Distributors_OtherDistributorId",
                        column: x => x.OtherDistributorId,
                        principalTable: "Distributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelConflicts_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_DistributorId",
                table: "Opportunities",
                column: "DistributorId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_AccountId",
                table: "ChannelConflicts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_DealRegistrationId",
                table: "ChannelConflicts",
                column: "DealRegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_DistributorId",
                table: "ChannelConflicts",
                column: "DistributorId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_Key",
                table: "ChannelConflicts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_OpportunityId",
                table: "ChannelConflicts",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_OtherDistributorId",
                table: "ChannelConflicts",
                column: "OtherDistributorId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelConflicts_Status_DetectedAt",
                table: "ChannelConflicts",
                columns: new[] { "Status", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_AccountId_RegisteredAt",
                table: "DealRegistrations",
                columns: new[] { "AccountId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_DistributorId",
                table: "DealRegistrations",
                column: "DistributorId");

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_OpportunityId",
                table: "DealRegistrations",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_Status_RegisteredAt",
                table: "DealRegistrations",
                columns: new[] { "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DistributorAssignments_AccountId",
                table: "DistributorAssignments",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Distributors_Name",
                table: "Distributors",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Distributors_ParentId",
                table: "Distributors",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Distributors_Status_Kind",
                table: "Distributors",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_DistributorId_Period",
                table: "Scorecards",
                columns: new[] { "DistributorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_Period_OverallScore",
                table: "Scorecards",
                columns: new[] { "Period", "OverallScore" });

            migrationBuilder.AddForeignKey(
                name: "FK_Opportunities_Distributors_DistributorId",
                table: "Opportunities",
                column: "DistributorId",
                principalTable: "Distributors",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Opportunities_Distributors_DistributorId",
                table: "Opportunities");

            migrationBuilder.DropTable(
                name: "ChannelConflicts");

            migrationBuilder.DropTable(
                name: "DistributorAssignments");

            migrationBuilder.DropTable(
                name: "Scorecards");

            migrationBuilder.DropTable(
                name: "DealRegistrations");

            migrationBuilder.DropTable(
                name: "Distributors");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_DistributorId",
                table: "Opportunities");
        }
    }
}

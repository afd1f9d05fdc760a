using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackAndRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_ratings",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DossierNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    RatedMonth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_ratings", x => new { x.UnitId, x.DossierNumber });
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceivedMonth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback", x => new { x.UnitId, x.Number });
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_ratings_UnitId_RatedMonth",
                table: "dossier_ratings",
                columns: new[] { "UnitId", "RatedMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_UnitId_ReceivedMonth",
                table: "feedback",
                columns: new[] { "UnitId", "ReceivedMonth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_ratings");

            migrationBuilder.DropTable(
                name: "feedback");
        }
    }
}

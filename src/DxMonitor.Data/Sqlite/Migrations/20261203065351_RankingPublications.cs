using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RankingPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ranking_publications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Index = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ranking_publications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ranking_publications_Index_Year",
                table: "ranking_publications",
                columns: new[] { "Index", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ranking_publications");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Methodologies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MethodologyHash",
                table: "ranking_publications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MethodologyId",
                table: "ranking_publications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MethodologyVersion",
                table: "ranking_publications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "index_methodologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Index = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AdoptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AdoptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_index_methodologies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_index_methodologies_Index_Year_Version",
                table: "index_methodologies",
                columns: new[] { "Index", "Year", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "index_methodologies");

            migrationBuilder.DropColumn(
                name: "MethodologyHash",
                table: "ranking_publications");

            migrationBuilder.DropColumn(
                name: "MethodologyId",
                table: "ranking_publications");

            migrationBuilder.DropColumn(
                name: "MethodologyVersion",
                table: "ranking_publications");
        }
    }
}

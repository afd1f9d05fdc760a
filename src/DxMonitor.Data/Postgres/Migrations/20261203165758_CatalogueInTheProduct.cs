using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueInTheProduct : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "targets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "indicators",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "engine_changes",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "engine_changes");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddValuePublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "data_values",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PublishedDenominator",
                table: "data_values",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PublishedValue",
                table: "data_values",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);
            // Values stored before publication existed were already public.
            migrationBuilder.Sql("UPDATE data_values SET \"PublishedValue\" = \"Value\", \"PublishedDenominator\" = \"Denominator\", \"PublishedAt\" = \"UpdatedAt\";");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "data_values");

            migrationBuilder.DropColumn(
                name: "PublishedDenominator",
                table: "data_values");

            migrationBuilder.DropColumn(
                name: "PublishedValue",
                table: "data_values");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FigureOwnership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AutoPublish",
                table: "indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Owner",
                table: "indicators",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FiguresWrittenAt",
                table: "dossier_batches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Touched",
                table: "dossier_batches",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Via",
                table: "data_values",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Via",
                table: "data_value_changes",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_batches_FiguresWrittenAt",
                table: "dossier_batches",
                column: "FiguresWrittenAt");

            // Existing databases: the catalogue's owners (as the seed declares them), and every earlier batch's figures were written.
            migrationBuilder.Sql("UPDATE indicators SET \"Owner\" = 1 WHERE \"Code\" IN ('PRV.DOSSIERS_TOTAL', 'PRV.DOSSIERS_ONLINE', 'PRV.ONLINE_DOSSIER_RATE', 'PRV.DOSSIERS_LATE', 'PRV.DOSSIERS_FINISHED', 'PRV.DOSSIERS_ON_TIME', 'PRV.DOSSIERS_OVERDUE_OPEN', 'PRV.DOSSIERS_FULLY_ONLINE', 'PRV.DOSSIERS_WITH_FEE', 'PRV.DOSSIERS_PAID_ONLINE', 'PRV.DOSSIERS_DIGITISED');");
            migrationBuilder.Sql("UPDATE indicators SET \"Owner\" = 2 WHERE \"Code\" IN ('PRV.CDT_TEAMS', 'PRV.CDT_MEMBERS', 'PRV.DEAD_ZONES', 'PRV.VILLAGES_GRID_NO_MOBILE', 'PRV.DATA_SHARING_VIOLATIONS', 'NAT.NATIONAL_PLATFORMS', 'PRV.DATABASES_CATALOGUED', 'MIN.DATABASES_CATALOGUED');");
            migrationBuilder.Sql("UPDATE indicators SET \"Owner\" = 3 WHERE \"Code\" IN ('PRV.PORTAL_SCORE', 'MIN.PORTAL_SCORE');");
            migrationBuilder.Sql("UPDATE indicators SET \"Owner\" = 4 WHERE \"Formula\" IS NOT NULL;");
            migrationBuilder.Sql("UPDATE dossier_batches SET \"FiguresWrittenAt\" = \"ReceivedAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossier_batches_FiguresWrittenAt",
                table: "dossier_batches");

            migrationBuilder.DropColumn(
                name: "AutoPublish",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "FiguresWrittenAt",
                table: "dossier_batches");

            migrationBuilder.DropColumn(
                name: "Touched",
                table: "dossier_batches");

            migrationBuilder.DropColumn(
                name: "Via",
                table: "data_values");

            migrationBuilder.DropColumn(
                name: "Via",
                table: "data_value_changes");
        }
    }
}

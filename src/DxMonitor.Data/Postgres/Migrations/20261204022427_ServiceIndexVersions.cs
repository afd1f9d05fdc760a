using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ServiceIndexVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_index_versions",
                columns: table => new
                {
                    Version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ValidFromMonth = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_index_versions", x => x.Version);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_index_versions");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
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
                    Version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValidFromMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
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

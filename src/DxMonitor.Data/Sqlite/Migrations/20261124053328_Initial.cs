using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_value_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OldValue = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    NewValue = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    OldDenominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    NewDenominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_value_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleVi = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AdminCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_units_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DefinitionVi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DefinitionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UnitOfMeasureVi = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UnitOfMeasureEn = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ValueType = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingLevels = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodType = table.Column<int>(type: "INTEGER", nullable: false),
                    Aggregation = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightIndicatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    CountCondition = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TimeAggregation = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Minimum = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Maximum = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_indicators_WeightIndicatorId",
                        column: x => x.WeightIndicatorId,
                        principalTable: "indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_indicators_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    IncludesDescendants = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_api_tokens_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_successions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_successions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_successions_units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_successions_units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "data_values",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PeriodType = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_data_values_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_data_values_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_data_values_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    BaselineValue = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    BaselinePeriod = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LegalSourceVi = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalSourceEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_targets_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_targets_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_SecretHash",
                table: "api_tokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_UnitId",
                table: "api_tokens",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_data_value_changes_IndicatorId_UnitId_PeriodCode_ChangedAt",
                table: "data_value_changes",
                columns: new[] { "IndicatorId", "UnitId", "PeriodCode", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_data_value_changes_UnitId_ChangedAt",
                table: "data_value_changes",
                columns: new[] { "UnitId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_data_values_IndicatorId_PeriodStart",
                table: "data_values",
                columns: new[] { "IndicatorId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_data_values_IndicatorId_UnitId_PeriodCode",
                table: "data_values",
                columns: new[] { "IndicatorId", "UnitId", "PeriodCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_data_values_SourceId",
                table: "data_values",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_data_values_UnitId_PeriodStart",
                table: "data_values",
                columns: new[] { "UnitId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_Code",
                table: "indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_SourceId",
                table: "indicators",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_WeightIndicatorId",
                table: "indicators",
                column: "WeightIndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_sources_Code",
                table: "sources",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_targets_IndicatorId_Scope_Deadline",
                table: "targets",
                columns: new[] { "IndicatorId", "Scope", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_targets_SourceId",
                table: "targets",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_successions_PredecessorId_SuccessorId",
                table: "unit_successions",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_successions_SuccessorId",
                table: "unit_successions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_units_Code",
                table: "units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_units_Level_ValidFrom_ValidTo",
                table: "units",
                columns: new[] { "Level", "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_units_ParentId",
                table: "units",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "data_value_changes");

            migrationBuilder.DropTable(
                name: "data_values");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "unit_successions");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "sources");
        }
    }
}

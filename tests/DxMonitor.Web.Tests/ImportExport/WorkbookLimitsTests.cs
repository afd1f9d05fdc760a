using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.ImportExport;

public sealed class WorkbookLimitsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public void A_megabyte_that_expands_to_a_gigabyte_is_refused_from_its_zip_headers_without_being_inflated()
    {
        var bomb = WorkbookBombs.Gigabyte;
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var refused = Assert.Throws<FileTooLargeException>(() => WorkbookSize.Check(bomb, XlsxLimits.Default));

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(bomb.Length < 1_100_000, $"the file is {bomb.Length} bytes");
        Assert.True(allocated < 1_000_000, $"checking allocated {allocated} bytes");
        Assert.Equal("ImportExport:MaxXlsxUncompressedBytes", refused.Setting);
        Assert.Contains("104857600", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_of_more_cells_than_the_limit_is_measured_by_streaming_it_in_little_memory()
    {
        var bomb = WorkbookBombs.Cells(1_200_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var refused = Assert.Throws<FileTooLargeException>(() => WorkbookSize.Check(bomb, XlsxLimits.Default));

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(bomb.Length < 200_000, $"the file is {bomb.Length} bytes");
        // ClosedXML would hold about 600 MB for these cells; the count holds one XML reader.
        Assert.True(allocated < 4_000_000, $"counting allocated {allocated} bytes");
        Assert.Equal(("ImportExport:MaxXlsxCells", "A sheet of the workbook reaches cell ALL1001, an area of more than 1000000 cells (ImportExport:MaxXlsxCells); delete the cells far from the table and save it again."),
            (refused.Setting, refused.Message));
    }

    [Fact]
    public void Cells_are_counted_even_when_they_repeat_one_address()
    {
        var refused = Assert.Throws<FileTooLargeException>(() => WorkbookSize.Check(WorkbookBombs.SameCell(20_000), new XlsxLimits(100_000_000, 10_000)));

        Assert.Equal(("ImportExport:MaxXlsxCells", "The workbook has more than 10000 cells (ImportExport:MaxXlsxCells); split it or import it as CSV."),
            (refused.Setting, refused.Message));
    }

    [Fact]
    public void Empty_rows_count_for_the_area_they_span()
    {
        var refused = Assert.Throws<FileTooLargeException>(() => WorkbookSize.Check(WorkbookBombs.EmptyRows(20_000), new XlsxLimits(100_000_000, 10_000)));

        Assert.Equal("ImportExport:MaxXlsxCells", refused.Setting);
        Assert.Contains("reaches cell A10001,", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_cells_far_apart_are_refused_for_the_area_they_span()
    {
        var refused = Assert.Throws<FileTooLargeException>(() => XlsxFormat.Read(WorkbookBombs.Spanning("XFD", 100), XlsxLimits.Default));

        Assert.Contains("reaches cell XFD100,", refused.Message, StringComparison.Ordinal);
        Assert.Equal("ImportExport:MaxXlsxCells", refused.Setting);
    }

    [Fact]
    public void A_workbook_whose_headers_understate_a_sheet_is_read_no_further_than_declared_and_called_damaged()
    {
        var unreadable = Assert.Throws<UnreadableFileException>(() => XlsxFormat.Read(WorkbookBombs.Understated(4096), XlsxLimits.Default));

        Assert.StartsWith("The XLSX file is damaged", unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_within_the_limits_is_read()
    {
        var table = XlsxFormat.Read(WorkbookBombs.Cells(5_000), new XlsxLimits(1_000_000, 5_005));

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(1000, table.Header.Count);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_values_import_of_a_workbook_expanding_to_a_gigabyte_is_answered_413_at_once_and_writes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.bom"));
        var values = await app.QueryAsync(db => db.DataValues.CountAsync());
        var watch = Stopwatch.StartNew();

        var response = await ImportFiles.UploadAsync(officer, "so-lieu.xlsx", WorkbookBombs.Gigabyte);

        await AssertTooLargeAsync(response, "ImportExport:MaxXlsxUncompressedBytes");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(values, await app.QueryAsync(db => db.DataValues.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_registry_import_of_a_workbook_with_too_many_cells_is_answered_413_and_writes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.so.dang.ky"));
        var entries = await app.QueryAsync(db => db.RegistryEntries.CountAsync());

        var cells = await ImportFiles.UploadToAsync(officer, "/api/v1/registries/community-teams/import", "to-cong-nghe.xlsx", WorkbookBombs.Cells(1_200_000));
        var gigabyte = await ImportFiles.UploadToAsync(officer, "/api/v1/registries/community-teams/import", "to-cong-nghe.xlsx", WorkbookBombs.Gigabyte);

        await AssertTooLargeAsync(cells, "ImportExport:MaxXlsxCells");
        await AssertTooLargeAsync(gigabyte, "ImportExport:MaxXlsxUncompressedBytes");
        Assert.Equal(entries, await app.QueryAsync(db => db.RegistryEntries.CountAsync()));
    }

    [Fact]
    public async Task The_refusal_is_in_Vietnamese_for_a_reader_without_a_language()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.tieng.viet"), language: null);

        var problem = await AssertTooLargeAsync(await ImportFiles.UploadAsync(officer, "so-lieu.xlsx", WorkbookBombs.Spanning("XFD", 100)), "ImportExport:MaxXlsxCells");

        Assert.Equal("Tệp quá lớn", problem.GetProperty("title").GetString());
        Assert.StartsWith("Một trang tính của tệp Excel kéo dài tới ô XFD100", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AssertTooLargeAsync(HttpResponseMessage response, string setting)
    {
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(setting, problem.GetProperty("limit").GetString());
        Assert.Contains($"({setting})", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }
}

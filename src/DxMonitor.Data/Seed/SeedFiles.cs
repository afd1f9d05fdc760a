using System.Text.Json;
using System.Text.Json.Serialization;

namespace DxMonitor.Data.Seed;

// The shapes of the JSON files described in SEED-FORMAT.md.
internal sealed record SourceSeed(string Code, string TitleVi, string TitleEn, string Publisher, DateOnly? PublishedOn, string? File);

internal sealed record UnitSeed(
    string Code, string? AdminCode, string Level, string NameVi, string NameEn, string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo);

internal sealed record SuccessionSeed(string Predecessor, string Successor, DateOnly EffectiveOn, decimal Share);

internal sealed record UnitGroupSeed(string Code, string NameVi, string NameEn, string? DescriptionVi, string? DescriptionEn, IReadOnlyList<string> Members);

internal sealed record UnitFile(IReadOnlyList<UnitSeed> Units, IReadOnlyList<SuccessionSeed> Successions, IReadOnlyList<UnitGroupSeed>? Groups = null);

internal sealed record ConditionSeed(string Operator, decimal Value);

internal sealed record IndicatorSeed(
    string Code, string NameVi, string NameEn, string DefinitionVi, string DefinitionEn,
    string UnitOfMeasureVi, string UnitOfMeasureEn, string ValueType, IReadOnlyList<string> Levels, string PeriodType,
    string Aggregation, string? WeightIndicator, ConditionSeed? Condition, string TimeAggregation, string Direction,
    decimal? Minimum, decimal? Maximum, string? Source, string? Formula = null, string? Owner = null);

internal sealed record TargetSeed(
    string Indicator, string Scope, decimal Value, decimal? BaselineValue, string? BaselinePeriod, DateOnly Deadline,
    string LegalSourceVi, string LegalSourceEn, string? Source);

internal sealed record ValueSeed(
    string Indicator, string Unit, string Period, decimal Value, decimal? Denominator, string Source, string? Note);

internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static async Task<T> ReadAsync<T>(string fileName, CancellationToken ct)
    {
        await using var stream = Open(fileName);
        return await JsonSerializer.DeserializeAsync<T>(stream, Options, ct)
            ?? throw new InvalidOperationException($"Seed file {fileName} is empty.");
    }

    public static Stream Open(string fileName) =>
        typeof(SeedFiles).Assembly.GetManifestResourceStream($"DxMonitor.Data.Seed.{fileName}")
            ?? throw new InvalidOperationException($"Seed file {fileName} is not embedded in {typeof(SeedFiles).Assembly.GetName().Name}.");
}

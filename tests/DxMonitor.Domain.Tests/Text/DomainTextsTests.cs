using System.Globalization;
using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Domain.Tests.Text;

public sealed partial class DomainTextsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> Sets() => new(Translations.Sets(typeof(Dossier).Assembly));

    [Theory, MemberData(nameof(Sets))]
    public void Every_Vietnamese_text_has_an_English_one_with_the_same_placeholders(string set) =>
        Translations.AssertEveryTextTranslated(typeof(Dossier).Assembly, set);

    [Fact]
    public void A_problem_is_told_in_Vietnamese_unless_English_is_asked_for()
    {
        var fields = new DossierFields("HS-1", "P01", "1.001", "online", null, "hôm qua", null, null, "received", null, null);
        var now = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        var vietnamese = InCulture(CultureInfo.InvariantCulture, () => DossierParser.Parse(fields, now).Problems);
        var english = InCulture(English, () => DossierParser.Parse(fields, now).Problems);

        Assert.Contains(vietnamese, p => p.Message == "Hồ sơ trực tuyến cần mức trực tuyến: 'full' (toàn trình) hoặc 'partial' (một phần).");
        Assert.Contains(vietnamese, p => p.Message.StartsWith("'hôm qua' không phải là thời điểm", StringComparison.Ordinal));
        Assert.Contains(english, p => p.Message.StartsWith("'hôm qua' is not a time", StringComparison.Ordinal));
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

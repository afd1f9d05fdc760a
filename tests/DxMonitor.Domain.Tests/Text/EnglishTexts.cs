using System.Globalization;
using System.Runtime.CompilerServices;

namespace DxMonitor.Domain.Tests.Text;

/// <summary>
/// The domain's texts are Vietnamese unless the UI culture asks for English. These tests assert the English
/// ones, which say what is checked in words every reader of the code knows; DomainTextsTests
/// holds the Vietnamese translations to the same meaning and the same placeholders.
/// </summary>
internal static class EnglishTexts
{
#pragma warning disable CA2255 // A test assembly's setting for every test thread, before any test runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Choose() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en");
}

using DxMonitor.Data.Resources;

namespace DxMonitor.Data.Dossiers;

/// <summary>Input that cannot be read as rows at all (not UTF-8, an unclosed quote, a record too long): nothing is stored.</summary>
public sealed class UnreadableInputException(string message) : Exception(message)
{
    public UnreadableInputException()
        : this(IngestText.Texts.Format("Unreadable"))
    {
    }

    public UnreadableInputException(string message, Exception inner)
        : this(message + " " + inner.Message)
    {
    }
}

namespace GraphKam.Server.Exports;

/// <summary>
/// Keeps exported text from running as a spreadsheet formula (CSV/Excel injection, as OWASP describes it): text
/// that starts with = + - @, a tab or a carriage return gets a leading apostrophe, which spreadsheets read as "this
/// cell is text". Numbers are written as numbers and never changed. The importer takes the apostrophe off again,
/// so an exported file imports as it was.
/// </summary>
public static class FormulaGuard
{
    public const char Escape = '\'';

    private static readonly char[] Starts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) => text.Length > 0 && Starts.Contains(text[0]) ? Escape + text : text;

    /// <summary>The text as it was before <see cref="Neutralise"/>.</summary>
    public static string Restore(string text) => text.Length > 1 && text[0] == Escape && Starts.Contains(text[1]) ? text[1..] : text;
}

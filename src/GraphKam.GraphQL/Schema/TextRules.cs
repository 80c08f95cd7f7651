using System.Globalization;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// Which characters text input may not contain: C0 and C1 control characters other than tab, line feed and carriage
/// return (text may be multi-line), DEL, the bidirectional embeddings, overrides and isolates (they make a name read
/// differently from what it is), and unpaired surrogates (not text at all).
/// </summary>
public static class TextRules
{
    /// <summary>Why <paramref name="text"/> is refused, in words; null when it is acceptable.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var kind = c switch
            {
                '\t' or '\n' or '\r' => null,
                < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => "a control character",
                (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "a bidirectional control character",
                _ when char.IsSurrogate(c) => "an unpaired surrogate",
                _ => null,
            };
            if (kind != null)
                return string.Create(CultureInfo.InvariantCulture, $"{kind} (U+{(int)c:X4}) at position {i}");
        }
        return null;
    }
}

using System.Text.RegularExpressions;

namespace GraphKam.GraphQL.Errors;

/// <summary>
/// Caller input quoted back in an error, cut to a bounded length: a 200 KB ID must not come back as a 200 KB message.
/// </summary>
public static partial class InputEcho
{
    /// <summary>The most characters of an input value an error repeats.</summary>
    public const int MaxLength = 64;

    /// <summary>The longest message sent at all, whatever the library that wrote it quoted.</summary>
    public const int MaxMessageLength = 2_000;

    /// <summary>The value, or its first <see cref="MaxLength"/> characters and an ellipsis.</summary>
    public static string Shorten(string? value)
    {
        if (value is null || value.Length <= MaxLength) return value ?? "";
        // Never split a surrogate pair: half a character is not valid UTF-16 to serialise.
        var length = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(value.AsSpan(0, length), "…");
    }

    /// <summary>
    /// A message written elsewhere (GraphQL.NET's conversion and validation errors quote values too) with every long
    /// quoted part shortened, and the whole bounded.
    /// </summary>
    public static string InMessage(string message)
    {
        if (message.Length <= MaxLength) return message;
        var shortened = Quoted().Replace(message, m => $"{m.Value[0]}{Shorten(m.Value[1..^1])}{m.Value[0]}");
        return Shorten(shortened, MaxMessageLength);
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[max - 1]) ? max - 1 : max), "…");

    [GeneratedRegex("""'[^'\n]{65,}'|"[^"\n]{65,}"|`[^`\n]{65,}`""", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}

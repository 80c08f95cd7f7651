using System.Globalization;
using System.Text;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Relay;

/// <summary>
/// Relay global object identification: an opaque ID that carries its GraphQL type name and the entity key,
/// so that an ID of one type can never be accepted as another.
/// Format, as HotChocolate 14/15 write it: padded base64 of <c>TypeName:key</c>. HotChocolate 13's
/// <c>TypeName\n</c> + <c>i</c> + key is read too. Every ID has exactly one spelling in each format (no leading
/// zeros, signs, missing padding or stray bits), so equal IDs are equal strings. Clients must treat IDs as opaque.
/// </summary>
public readonly record struct GlobalId(string TypeName, int Key)
{
    private const int MaxLength = 200;

    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TypeName}:{Key.ToString(CultureInfo.InvariantCulture)}"));

    public static string Encode(string typeName, int key) => new GlobalId(typeName, key).ToString();

    public static bool TryParse(string? value, out GlobalId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value.Length % 4 != 0) return false;
        byte[] bytes;
        try { bytes = Convert.FromBase64String(value); }
        catch (FormatException) { return false; }
        // The decoder forgives whitespace and stray bits; only the one canonical spelling is accepted.
        if (!string.Equals(Convert.ToBase64String(bytes), value, StringComparison.Ordinal)) return false;
        var text = Encoding.UTF8.GetString(bytes);
        var separator = text.IndexOfAny([':', '\n']);
        if (separator <= 0 || !IsTypeName(text.AsSpan(0, separator))) return false;
        // HotChocolate 13 wrote a type marker after its newline; 'i' is the one for int keys.
        var key = text[separator] == ':' ? text.AsSpan(separator + 1)
            : text.Length > separator + 1 && text[separator + 1] == 'i' ? text.AsSpan(separator + 2)
            : ReadOnlySpan<char>.Empty;
        if (!TryParseCanonicalKey(key, out var number)) return false;
        id = new GlobalId(text[..separator], number);
        return true;
    }

    /// <summary>Decodes an ID that must belong to <paramref name="expectedType"/>; otherwise an INVALID_ID error.</summary>
    public static int ParseKey(string? value, string expectedType) =>
        TryParseKey(value, expectedType, out var key)
            ? key
            : throw new CodedError(ErrorCodes.InvalidId, $"'{InputEcho.Shorten(value)}' is not a valid {expectedType} ID.",
                new Dictionary<string, object?> { ["id"] = InputEcho.Shorten(value), ["expectedType"] = expectedType });

    public static bool TryParseKey(string? value, string expectedType, out int key)
    {
        key = 0;
        if (!TryParse(value, out var id) || id.TypeName != expectedType) return false;
        key = id.Key;
        return true;
    }

    // ASCII digits only, no leading zero: "0001", "+1" and "1\0" (.NET forgives trailing NULs) would be second
    // spellings of 1.
    private static bool TryParseCanonicalKey(ReadOnlySpan<char> digits, out int key)
    {
        key = 0;
        if (digits.IsEmpty || (digits[0] == '0' && digits.Length > 1)) return false;
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c)) return false;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out key);
    }

    private static bool IsTypeName(ReadOnlySpan<char> name)
    {
        if (!char.IsAsciiLetter(name[0]) && name[0] != '_') return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }
}

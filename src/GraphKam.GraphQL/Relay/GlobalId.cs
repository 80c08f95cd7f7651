using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Relay;

/// <summary>
/// Relay global object identification: an opaque ID that carries its GraphQL type name and the entity key,
/// so that an ID of one type can never be accepted as another.
/// Format: base64url("TypeName:key"); clients must treat it as opaque.
/// </summary>
public readonly record struct GlobalId(string TypeName, int Key)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{TypeName}:{Key.ToString(CultureInfo.InvariantCulture)}"));

    public static string Encode(string typeName, int key) => new GlobalId(typeName, key).ToString();

    public static bool TryParse(string? value, out GlobalId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > 200) return false;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(value); }
        catch (FormatException) { return false; }
        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.LastIndexOf(':');
        if (colon <= 0) return false;
        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key)) return false;
        id = new GlobalId(text[..colon], key);
        return true;
    }

    /// <summary>Decodes an ID that must belong to <paramref name="expectedType"/>; otherwise an INVALID_ID error.</summary>
    public static int ParseKey(string? value, string expectedType) =>
        TryParseKey(value, expectedType, out var key)
            ? key
            : throw new CodedError(ErrorCodes.InvalidId, $"'{value}' is not a valid {expectedType} ID.",
                new Dictionary<string, object?> { ["id"] = value, ["expectedType"] = expectedType });

    public static bool TryParseKey(string? value, string expectedType, out int key)
    {
        key = 0;
        if (!TryParse(value, out var id) || id.TypeName != expectedType) return false;
        key = id.Key;
        return true;
    }
}

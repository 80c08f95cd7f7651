using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// Keyset cursors: a cursor carries its row's sort-key values (never an offset), so a page starts right after that
/// row however far into the list it is, and rows inserted meanwhile do not shift pages. It also carries a short
/// fingerprint of the ordering, so a cursor is never applied to an ordering it was not made for.
/// </summary>
public static class Cursor
{
    /// <param name="fingerprint">The ordering's <see cref="Fingerprint"/>, computed once per request.</param>
    public static string Encode(string fingerprint, IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new object?[] { fingerprint }.Concat(values).ToArray());
        return Base64Url.EncodeToString(json);
    }

    public static object?[] Decode(string cursor, string fingerprint, IReadOnlyList<Type> types)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement.EnumerateArray().ToList();
            if (items.Count != types.Count + 1 || items[0].GetString() != fingerprint)
                throw Invalid(cursor, "It was made for another `order`.");
            return types.Select((type, i) => items[i + 1].Deserialize(type)).ToArray();
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Invalid(cursor, "It is not a cursor of this list.");
        }
    }

    private static CodedError Invalid(string cursor, string reason) =>
        new(ErrorCodes.InvalidCursor, $"The cursor '{InputEcho.Shorten(cursor)}' cannot be used here. {reason}");

    /// <summary>A short digest of an ordering such as <c>name:Asc,id:Asc</c>.</summary>
    public static string Fingerprint(string ordering) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ordering)), 0, 4);
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphKam.GraphQL.Relay;

namespace GraphKam.Tests.Fuzzing;

/// <summary>
/// Values for inputs, as GraphQL literals or as JSON for variables: mostly plausible (real IDs, known enum values,
/// sensible numbers), sometimes wrong (another type, out of range) and sometimes hostile (control characters,
/// bidirectional overrides, huge strings and lists, deep nesting).
/// </summary>
public sealed class FuzzValues(Random random, FuzzSchema schema, IReadOnlyList<string> knownIds)
{
    private static readonly string[] Texts =
    [
        "", "Beijing", "Sichuan", "中国电信", "Éclair", "Cafe\u0301", "alpha", "%", "_", "' OR 1=1 --", "\"; DROP TABLE Accounts; --",
        "<img src=x onerror=alert(1)>", "A1", "2026-Q3", "2026", "2026-11", "icbc-stars", "china-mobile", "IDENTIFY", "COMMIT",
        "Nul\u0000byte", "Bidi \u202Eevil", "Iso\u2066late\u2069", "tab\there", "line\nbreak", "😀 emoji", "  spaced  ",
    ];

    private static readonly string[] Numbers = ["0", "1", "-1", "5", "50", "100", "500", "501", "2147483647", "-2147483648", "1.5", "1e3"];

    private static readonly string[] Decimals = ["0", "1", "-5", "0.01", "2400000", "999999999999.99", "1000000000000", "-1000000000000", "1e13", "12345.678"];

    private static readonly string[] Instants = ["2026-01-01T00:00:00Z", "2026-11-27T08:00:00Z", "2027-06-30T00:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z"];

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A string with some of everything, occasionally very long.</summary>
    public string Text() => Chance(0.03) ? new string('x', random.Next(1_000, 20_000)) : Chance(0.05) ? RandomUnicode() : Pick(Texts);

    private string RandomUnicode()
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 30); i > 0; i--) text.Append((char)random.Next(1, 0xD7FF));
        return text.ToString();
    }

    public string Id() => Chance(0.75) && knownIds.Count > 0 ? Pick(knownIds) : Pick(new[]
    {
        "", "not-an-id", GlobalId.Encode("Account", 999_999), GlobalId.Encode("Nothing", 1), "QWNjb3VudDowMDAx", "QWNjb3VudDot1",
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Account:1")), GlobalId.Encode("Opportunity", 1), GlobalId.Encode("User", 1),
    });

    /// <summary>A GraphQL literal for <paramref name="type"/>; <paramref name="wrong"/> makes it deliberately ill-typed.</summary>
    public string Literal(TypeRef type, int depth, bool wrong = false)
    {
        if (wrong && Chance(0.5)) return Pick(new[] { "\"wrong\"", "42", "true", "null", "{ nope: 1 }", "[1, 2]", "FOO_BAR", "1e400" });
        if (type.IsNonNull) return Literal(type.OfType!, depth, wrong);
        if (type.IsList)
        {
            var count = ListLength(type.OfType!, depth);
            return "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => Literal(type.OfType!, depth + 1, wrong))) + "]";
        }
        if (!type.IsNonNull && Chance(0.05)) return "null";
        return Named(schema[type.Named], depth, wrong);
    }

    private string Named(SchemaType type, int depth, bool wrong) => type.Kind switch
    {
        "ENUM" => Chance(0.9) ? Pick(type.EnumValues) : "NOT_A_VALUE",
        "INPUT_OBJECT" => "{ " + string.Join(", ", InputFields(type, depth).Select(f => $"{f.Name}: {Literal(f.Type, depth + 1, wrong)}")) + " }",
        _ => type.Name switch
        {
            "Int" => Pick(Numbers),
            "Float" => Pick(new[] { "0.5", "20", "-1", "1e308", "100.0" }),
            "Decimal" => Pick(Decimals),
            "Boolean" => Chance(0.5) ? "true" : "false",
            "ID" => JsonSerializer.Serialize(Id()),
            "DateTime" => JsonSerializer.Serialize(Chance(0.9) ? Pick(Instants) : "not a date"),
            _ => JsonSerializer.Serialize(Text()),
        },
    };

    /// <summary>A JSON value for a variable of <paramref name="type"/> (serialised by the client).</summary>
    public object? Json(TypeRef type, int depth)
    {
        if (Chance(0.04)) return Pick(new object?[] { "wrong", 42, true, null, new[] { 1, 2 }, new Dictionary<string, object?> { ["nope"] = 1 } });
        if (type.IsNonNull) return Json(type.OfType!, depth);
        if (type.IsList) return Enumerable.Range(0, ListLength(type.OfType!, depth)).Select(_ => Json(type.OfType!, depth + 1)).ToList();
        var named = schema[type.Named];
        return named.Kind switch
        {
            "ENUM" => Chance(0.9) ? Pick(named.EnumValues) : "NOT_A_VALUE",
            "INPUT_OBJECT" => InputFields(named, depth).ToDictionary(f => f.Name, f => Json(f.Type, depth + 1)),
            _ => named.Name switch
            {
                "Int" => Chance(0.95) ? int.Parse(Pick(Numbers.Take(10).ToList()), CultureInfo.InvariantCulture) : 1.5,
                "Float" => Pick(new object[] { 0.5, 20, -1, 1e308 }),
                "Decimal" => decimal.Parse(Pick(Decimals.Where(d => !d.Contains('e')).ToList()), CultureInfo.InvariantCulture),
                "Boolean" => Chance(0.5),
                "ID" => Id(),
                "DateTime" => Chance(0.9) ? Pick(Instants) : "not a date",
                _ => Text(),
            },
        };
    }

    // Long lists only of plain values, and none deep down: nested filters would otherwise grow without end.
    private int ListLength(TypeRef item, int depth) =>
        depth >= MaxDepth ? 0 : schema[item.Named].Kind != "INPUT_OBJECT" && Chance(0.02) ? random.Next(200, 1500) : random.Next(0, 4);

    private const int MaxDepth = 5;

    // Required fields always; optional ones sometimes, and none below MaxDepth (deeper is hostile mode's job).
    private IEnumerable<InputValue> InputFields(SchemaType type, int depth) =>
        type.InputFields.Where(f => f.Type.IsNonNull || (depth < 2 && Chance(0.2)) || (depth < MaxDepth && Chance(0.03)));
}

using System.Text.Json;

namespace GraphKam.Tests.Fuzzing;

/// <summary>A type reference as introspection spells it: a named type, or a list or non-null wrapper.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";
    public bool IsList => Kind == "LIST";

    /// <summary>The named type inside every wrapper.</summary>
    public string Named => Name ?? OfType!.Named;

    /// <summary>The type as a variable declaration writes it, e.g. <c>[ID!]!</c>.</summary>
    public string Spelled => Kind switch
    {
        "NON_NULL" => OfType!.Spelled + "!",
        "LIST" => "[" + OfType!.Spelled + "]",
        _ => Name!,
    };

    public static TypeRef Read(JsonElement type) => new(type.GetProperty("kind").GetString()!,
        type.GetProperty("name").GetString(),
        type.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? Read(of) : null);
}

public sealed record InputValue(string Name, TypeRef Type);

public sealed record Field(string Name, IReadOnlyList<InputValue> Args, TypeRef Type);

public sealed record SchemaType(string Kind, string Name, IReadOnlyList<Field> Fields, IReadOnlyList<InputValue> InputFields,
    IReadOnlyList<string> EnumValues, IReadOnlyList<string> PossibleTypes);

/// <summary>The live schema as the fuzzer needs it, read by introspection over HTTP as any client would.</summary>
public sealed class FuzzSchema
{
    public const string Introspection = """
        {
          __schema {
            queryType { name } mutationType { name }
            types {
              kind name
              fields { name args { name type { ...Ref } } type { ...Ref } }
              inputFields { name type { ...Ref } }
              enumValues { name }
              possibleTypes { name }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public FuzzSchema(JsonElement data)
    {
        var schema = data.GetProperty("__schema");
        Query = schema.GetProperty("queryType").GetProperty("name").GetString()!;
        Mutation = schema.GetProperty("mutationType").GetProperty("name").GetString()!;
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            Types[name] = new SchemaType(type.GetProperty("kind").GetString()!, name,
                List(type, "fields", f => new Field(f.GetProperty("name").GetString()!, List(f, "args", Input), TypeRef.Read(f.GetProperty("type")))),
                List(type, "inputFields", Input),
                List(type, "enumValues", e => e.GetProperty("name").GetString()!),
                List(type, "possibleTypes", p => p.GetProperty("name").GetString()!));
        }
    }

    public string Query { get; }
    public string Mutation { get; }
    public Dictionary<string, SchemaType> Types { get; } = [];

    public SchemaType this[string name] => Types[name];

    private static InputValue Input(JsonElement value) => new(value.GetProperty("name").GetString()!, TypeRef.Read(value.GetProperty("type")));

    private static List<T> List<T>(JsonElement owner, string property, Func<JsonElement, T> read) =>
        owner.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().Select(read).ToList() : [];
}

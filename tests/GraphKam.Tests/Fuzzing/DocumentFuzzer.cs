using System.Text;

namespace GraphKam.Tests.Fuzzing;

/// <summary>One generated request: a document, its variables, and whether it may write (a mutation that could run).</summary>
public sealed record FuzzRequest(string Kind, string Query, Dictionary<string, object?>? Variables, bool MayWrite);

/// <summary>
/// Generates requests from the live schema: valid queries (literal arguments or variables), documents broken in
/// their syntax or their types, hostile shapes (deep, wide, aliased, repeated, fragment bombs, directive spam) and
/// mutations. Everything follows from the seed of <paramref name="random"/>.
/// </summary>
public sealed class DocumentFuzzer(Random random, FuzzSchema schema, FuzzValues values)
{
    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public FuzzRequest Next() => random.Next(100) switch
    {
        < 40 => new("query", "{ " + Selections(schema[schema.Query], 0, wrong: false) + " }", null, false),
        < 55 => WithVariables(schema.Query, "query"),
        < 65 => new("syntax", Break("{ " + Selections(schema[schema.Query], 0, wrong: false) + " }"), null, false),
        < 75 => new("invalid", "{ " + Selections(schema[schema.Query], 0, wrong: true) + " unknownField_ }", null, false),
        < 88 => Hostile(),
        < 94 => new("mutation", "mutation { " + MutationSelection() + " }", null, true),
        _ => WithVariables(schema.Mutation, "mutation"),
    };

    private string Selections(SchemaType type, int depth, bool wrong)
    {
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        if (fields.Count == 0) return "__typename";
        var chosen = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(fields)).DistinctBy(f => f.Name);
        return string.Join(" ", chosen.Select(f => FieldSelection(f, depth, wrong)));
    }

    private string FieldSelection(Field field, int depth, bool wrong)
    {
        var args = field.Args.Where(a => a.Type.IsNonNull || Chance(0.3)).ToList();
        var written = args.Count == 0 ? "" : "(" + string.Join(", ", args.Select(a => $"{a.Name}: {values.Literal(a.Type, 0, wrong && Chance(0.5))}")) + ")";
        return field.Name + written + SubSelection(field.Type, depth, wrong);
    }

    private string SubSelection(TypeRef type, int depth, bool wrong)
    {
        var named = schema[type.Named];
        return named.Kind switch
        {
            "OBJECT" or "INTERFACE" => depth >= 3
                ? " { " + (named.Fields.FirstOrDefault(f => schema[f.Type.Named].Kind is "SCALAR" or "ENUM" && f.Args.Count == 0)?.Name ?? "__typename") + " }"
                : " { " + Selections(named, depth + 1, wrong) + " }",
            "UNION" => " { __typename " + string.Concat(named.PossibleTypes.Take(2).Select(p => $"... on {p} {{ __typename }} ")) + "}",
            _ => "",
        };
    }

    private FuzzRequest WithVariables(string root, string kind)
    {
        var fields = schema[root].Fields.Where(f => f.Args.Count > 0).ToList();
        var field = Pick(fields);
        var declarations = new List<string>();
        var variables = new Dictionary<string, object?>();
        var args = new List<string>();
        foreach (var arg in field.Args.Where(a => a.Type.IsNonNull || Chance(0.5)))
        {
            declarations.Add($"${arg.Name}: {arg.Type.Spelled}");
            if (!Chance(0.05)) variables[arg.Name] = values.Json(arg.Type, 0); // now and then a required one is missing
            args.Add($"{arg.Name}: ${arg.Name}");
        }
        var selection = kind == "mutation" ? " { __typename errors { __typename } }" : SubSelection(field.Type, 1, wrong: false);
        var document = $"{kind}({string.Join(", ", declarations)}) {{ {field.Name}({string.Join(", ", args)}){selection} }}";
        return new FuzzRequest(kind + "+variables", document, variables, kind == "mutation");
    }

    private string MutationSelection()
    {
        var field = Pick(schema[schema.Mutation].Fields);
        return FieldSelection(field, 2, wrong: Chance(0.3)).Split(" {", 2)[0] + " { __typename errors { __typename } }";
    }

    private static string Repeat(string text, int times) => string.Join(" ", Enumerable.Repeat(text, times));

    private string Break(string document)
    {
        var text = new StringBuilder(document);
        switch (random.Next(5))
        {
            case 0: return document[..random.Next(document.Length)];
            case 1: text.Insert(random.Next(text.Length), Pick(new[] { "{", "}", "(", ")", "\"", "$", "@", "...", ":", "#", "\\" })); break;
            case 2: text.Remove(random.Next(text.Length), 1); break;
            case 3: text.Insert(random.Next(text.Length), (char)random.Next(0, 0x3000)); break;
            default: text.Replace("{", "", 0, Math.Min(text.Length, random.Next(1, text.Length + 1))); break;
        }
        return text.ToString();
    }

    private string Nested(string start, string level, string inner, string end)
    {
        var depth = random.Next(10, 60);
        return start + string.Concat(Enumerable.Repeat(level, depth)) + inner + new string('}', depth) + end;
    }

    private FuzzRequest Hostile()
    {
        var query = random.Next(10) switch
        {
            0 => Nested("{ accounts { nodes { ", "parent { ", "name", " } } }"),
            1 => "{ " + string.Join(" ", Enumerable.Range(0, random.Next(50, 400)).Select(i => $"a{i}: accounts(first: 500) {{ totalCount }}")) + " }",
            2 => "{ " + Repeat("__typename", random.Next(10, 30_000)) + " }",
            3 => "{ ...F0 }" + string.Concat(Enumerable.Range(0, 30).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")) + " fragment F30 on Query { __typename }",
            4 => "{ accounts(first: 1) { totalCount " + Repeat("@include(if: true)", random.Next(5, 100)) + " } }",
            5 => "{ " + Repeat("__schema { types { name fields { name args { name } } } }", random.Next(2, 50)) + " }",
            6 => "{ accounts(where: { or: [" + string.Join(", ", Enumerable.Range(0, random.Next(50, 700)).Select(i => $"{{ employees: {{ eq: {i} }} }}")) + "] }) { totalCount } }",
            7 => Nested("{ accounts(where: ", "{ parent: ", "{ name: { eq: \"x\" } }", ") { totalCount } }"),
            8 => "{ funnel { count } pipeline(groupBy: OWNER) { key } " + string.Join(" ", Enumerable.Range(0, random.Next(5, 60)).Select(i => $"f{i}: funnel {{ count }}")) + " }",
            _ => "query Q { ...F } fragment F on Query { ...G } fragment G on Query { ...F }",
        };
        return new FuzzRequest("hostile", query, null, false);
    }
}

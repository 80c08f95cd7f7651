using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// <see cref="ObjectType{T}"/> reads a plain property through its getter instead of a compiled expression: the
/// field must be what GraphQL.NET would have made of the same declaration (name, type, nullability) and answer the
/// same, and any other expression must still work.
/// </summary>
public sealed class ObjectTypeFieldTests
{
    [Fact]
    public void Property_fields_are_declared_as_GraphQL_NET_declares_them()
    {
        var ours = Schema<OursType>().Print().Replace("Ours", "Item", StringComparison.Ordinal);
        var theirs = Schema<TheirsType>().Print().Replace("Theirs", "Item", StringComparison.Ordinal);
        Assert.Equal(theirs, ours);
        Assert.Contains("name: String!", ours, StringComparison.Ordinal);
        Assert.Contains("nickname: String\n", ours.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("age: Int\n", ours.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("renamed: Int!", ours, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Property_fields_and_other_expressions_answer_from_the_source()
    {
        var document = "{ item { name nickname age score renamed nameLength } }";
        var expected = """{"data":{"item":{"name":"Ada","nickname":null,"age":36,"score":7,"renamed":7,"nameLength":3}}}""";
        Assert.Equal(expected, await RunAsync(Schema<OursType>(), document));
        Assert.Equal(expected, await RunAsync(Schema<TheirsType>(), document));
    }

    private static ISchema Schema<TType>() where TType : IGraphType
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<TType>("item").Resolve(_ => new Item());
        var schema = new global::GraphQL.Types.Schema { Query = query };
        schema.Initialize();
        return schema;
    }

    private static async Task<string> RunAsync(ISchema schema, string document)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = document;
        });
        return new GraphQLSerializer().Serialize(result);
    }

    private sealed class Item
    {
        public string Name { get; } = "Ada";
        public string? Nickname { get; }
        public int? Age { get; } = 36;
        public int Score { get; } = 7;
    }

    /// <summary>The same declarations on both types (the calls are virtual: ours go to its overrides).</summary>
    private static void DeclareFields(ComplexGraphType<Item> type)
    {
        type.Field(x => x.Name);
        type.Field(x => x.Nickname);
        type.Field(x => x.Age);
        type.Field(x => x.Score, type: typeof(NonNullGraphType<IntGraphType>));
        type.Field("renamed", x => x.Score);
        type.Field("nameLength", x => x.Name.Length);
    }

    private sealed class OursType : ObjectType<Item>
    {
        public OursType()
        {
            Name = "Ours";
            DeclareFields(this);
        }
    }

    private sealed class TheirsType : ObjectGraphType<Item>
    {
        public TheirsType()
        {
            Name = "Theirs";
            DeclareFields(this);
        }
    }
}

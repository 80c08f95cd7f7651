using GraphKam.GraphQL.Mutations;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// Where <see cref="MutationFields"/> puts a mutation's errors: a declared error only in the payload (HotChocolate's
/// conventions), one the mutation forgot to declare as a coded top-level error, since its union cannot carry it.
/// </summary>
public sealed class MutationErrorRoutingTests
{
    private const string Document = """
        mutation {
          touch(input: { note: "x" }) { note errors { __typename ... on Error { code } } }
        }
        """;

    [Fact]
    public async Task A_declared_error_is_only_in_the_payload()
    {
        var json = await RunAsync(new StaleVersionError(1, 2));
        Assert.Equal(
            """{"data":{"touch":{"note":null,"errors":[{"__typename":"StaleVersionError","code":"STALE_VERSION"}]}}}""",
            json);
    }

    [Fact]
    public async Task An_undeclared_error_is_a_coded_top_level_error_and_left_out_of_the_payload()
    {
        var json = await RunAsync(new StaleVersionError(1, 2), new RequiredValueError("note"));
        Assert.Contains("\"code\":\"REQUIRED_VALUE\"", json, StringComparison.Ordinal);
        Assert.Contains(
            """{"touch":{"note":null,"errors":[{"__typename":"StaleVersionError","code":"STALE_VERSION"}]}}""",
            json, StringComparison.Ordinal);
        Assert.DoesNotContain("RequiredValueError", json, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(params MutationError[] errors)
    {
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.AddMutation<TouchInput, StringGraphType>("touch", "Changes nothing.", ("note", "The note."),
            [typeof(StaleVersionError)], _ => Task.FromResult(Payload.Failure(errors)));
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ping").Resolve(_ => "pong");
        var schema = new global::GraphQL.Types.Schema { Query = query, Mutation = mutation };
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = Document;
        });
        return new GraphQLSerializer().Serialize(result);
    }

    private sealed class TouchInput : InputObjectGraphType
    {
        public TouchInput()
        {
            Name = "TouchInput";
            Field<StringGraphType>("note");
        }
    }
}

using System.Net;
using GraphKam.GraphQL.Schema;
using GraphKam.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.GraphQL;

/// <summary>Nothing a client sends crashes the server or runs unbounded; each refusal says why with a code.</summary>
[Trait("Provider", "Independent")]
public sealed class LimitsTests(LimitsTests.Fixture fixture) : IClassFixture<LimitsTests.Fixture>
{
    /// <summary>A server with one extra root field that fails the way a bug would, with secrets in its message.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public GraphKamFactory Factory { get; } = new FaultyFactory();
        public GraphQLClient Client { get; private set; } = null!;
        public Task InitializeAsync() { Client = Factory.Client(); return Task.CompletedTask; }
        public Task DisposeAsync() { Factory.Dispose(); return Task.CompletedTask; }
    }

    private sealed class FaultyFactory : GraphKamFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IQueryFields, FaultyQueries>());
        }
    }

    private sealed class FaultyQueries : IQueryFields
    {
        public void AddTo(ObjectGraphType query) => query.Field<StringGraphType>("fault")
            .Description("Test only.").Resolve(_ => throw new InvalidOperationException("SELECT secret FROM \"Accounts\" failed"));
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_a_neutral_INTERNAL_ERROR()
    {
        var response = await fixture.Client.PostAsync("{ fault accounts(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["INTERNAL_ERROR"], response.ErrorCodes);
        Assert.DoesNotContain("secret", response.Text);
        Assert.DoesNotContain("InvalidOperation", response.Text);
        Assert.DoesNotContain(" at ", response.Text);
        Assert.True(response.Data.At("accounts.totalCount").GetInt32() > 0); // the rest of the request still ran
    }

    [Fact] // Money is kept as 64-bit fen and summed in SQL: an absurd amount must stop at the door, not overflow inside.
    public async Task Decimals_beyond_the_bound_are_refused_before_anything_runs()
    {
        const string huge = "100000000000000000000";
        var literal = await fixture.Client.PostAsync($"mutation {{ createAccount(input: {{ name: \"Huge\", industry: OTHER, region: \"Beijing\", monthlyRevenue: {huge} }}) {{ account {{ id }} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], literal.ErrorCodes);

        var variable = await fixture.Client.PostAsync("mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }",
            new { input = new { name = "Huge", industry = "OTHER", region = "Beijing", monthlyRevenue = -1_000_000_000_000.01m } });
        Assert.Equal(HttpStatusCode.BadRequest, variable.Status);
        Assert.Equal(["INVALID_VALUE"], variable.ErrorCodes);
        Assert.Contains("-1000000000000.01", variable.Errors[0].GetProperty("message").GetString());

        var filter = await fixture.Client.PostAsync($"{{ accounts(where: {{ monthlyRevenue: {{ gt: {huge} }} }}) {{ totalCount }} }}");
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], filter.ErrorCodes);

        await using var db = fixture.Factory.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == "Huge"));
        // The bound itself is allowed.
        await fixture.Client.DataAsync("{ accounts(where: { monthlyRevenue: { lte: 1000000000000, gte: -1000000000000 } }) { totalCount } }");
    }

    [Fact]
    public async Task Too_deep_a_selection_is_refused_before_execution()
    {
        var query = "{ accounts { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 25)) + "name" + new string('}', 25) + " } } }";
        var response = await fixture.Client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.ErrorCodes, c => c!.Contains("COMPLEXITY") || c.Contains("DEPTH"));
    }

    [Fact]
    public async Task Too_costly_a_selection_is_refused_before_execution()
    {
        var response = await fixture.Client.PostAsync("{ accounts(first: 500) { nodes { children(first: 500) { nodes { children(first: 500) { nodes { name } } } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.ErrorCodes, c => c!.Contains("COMPLEXITY"));
    }

    [Fact]
    public async Task The_full_introspection_query_of_GraphQL_IDEs_is_allowed()
    {
        var data = await fixture.Client.DataAsync(IntrospectionQuery);
        Assert.Contains(data.At("__schema.types").EnumerateArray(), t => t.GetProperty("name").GetString() == "AccountsConnection");
    }

    [Fact]
    public async Task Deeply_nested_input_values_are_refused_cleanly()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 200)) + "1" + new string(']', 200);
        var literal = await fixture.Client.PostAsync($"{{ accounts(where: {{ employees: {{ in: {nested} }} }}) {{ totalCount }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);

        var json = "{\"query\":\"query($v: [Int]) { accounts(where: { employees: { in: $v } }) { totalCount } }\",\"variables\":{\"v\":"
            + string.Concat(Enumerable.Repeat("[", 200)) + "1" + new string(']', 200) + "}}";
        var variables = await fixture.Client.SendRawAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, variables.Status);
    }

    [Fact]
    public async Task A_huge_list_of_values_is_still_one_parameterised_statement()
    {
        var values = string.Join(",", Enumerable.Range(0, 1000)); // the most an `in` may list
        var data = await fixture.Client.DataAsync($"{{ accounts(where: {{ employees: {{ in: [{values}] }} }}) {{ totalCount }} }}");
        Assert.True(data.At("accounts.totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Wrong_argument_types_and_unknown_fields_are_validation_errors()
    {
        foreach (var query in new[] { "{ accounts(first: \"ten\") { totalCount } }", "{ accounts(last: 1.5) { totalCount } }", "{ account { name } }", "{ accounts { nodes { id password } } }" })
        {
            var response = await fixture.Client.PostAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.All(response.ErrorCodes, Assert.NotNull);
        }
    }

    // The introspection query graphql-js's getIntrospectionQuery() sends, which Banana Cake Pop and most IDEs use.
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}

using System.Net;
using System.Text;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP rules: methods, media types and status codes.</summary>
public sealed class HttpTransportTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    private GraphQLClient Client => fixture.Client;
    private const string GraphQLResponse = "application/graphql-response+json";

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData(null, GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, */*;q=0.1", GraphQLResponse)]
    public async Task The_response_media_type_follows_the_Accept_header(string? accept, string expected)
    {
        var response = await Client.SendRawAsync("""{"query":"{ __typename }"}""", accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal($"{expected}; charset=utf-8", response.ContentType);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Nothing_acceptable_is_406()
    {
        var response = await Client.SendRawAsync("""{"query":"{ __typename }"}""", accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_JSON_in_UTF8_is_415(string contentType)
    {
        var response = await Client.SendRawAsync("""{"query":"{ __typename }"}""", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_POST_without_a_content_type_is_415()
    {
        var response = await GraphQLResponse_Of(await Client.Http.PostAsync("/graphql", null));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"query\"")]
    [InlineData("{\"qeury\":\"{ __typename }\"}")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}")]
    [InlineData("{\"query\":0}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[7]}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"string\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":false}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":0}")]
    public async Task A_request_that_is_not_well_formed_is_400_without_data(string body)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var response = await Client.SendRawAsync(body, accept: accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.False(response.HasData);
            Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
        }
    }

    [Theory]
    [InlineData("{\"query\":\"{ __typename \xFF\xFE }\"}", "application/graphql-response+json")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":\"A\xC3\"}", "application/graphql-response+json")]
    [InlineData("{\"query\":\"subscription { opportunityChanged { kind } }\xFF\"}", "text/event-stream")]
    public async Task A_body_that_is_not_UTF8_is_400_not_a_server_error(string latin1Body, string accept)
    {
        // The bytes as written: \xFF, \xFE and a lone \xC3 are not UTF-8, inside a JSON string that parses.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.Latin1.GetBytes(latin1Body)),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await Infrastructure.GraphQLResponse.ReadAsync(await Client.Http.SendAsync(request));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_body_nested_too_deeply_says_so_rather_than_that_it_is_not_JSON()
    {
        var body = $"{{\"query\":\"{{ __typename }}\",\"variables\":{{\"v\":{new string('[', 100)}{new string(']', 100)}}}}}";
        var response = await Client.SendRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
        Assert.Contains("deeper than 64 levels", response.Errors[0].GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_optional_parameters_are_allowed(string parameter)
    {
        var response = await Client.SendRawAsync($$"""{"query":"{ __typename }","{{parameter}}":null}""");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    [Theory]
    [InlineData("{")]                                       // does not parse
    [InlineData("{ accounts { nodes { secret } } }")]       // does not validate
    [InlineData("query($n: Int!) { accounts(first: $n) { totalCount } }")] // variable missing
    [InlineData("query A { __typename } query B { __typename }")]          // operation cannot be chosen
    public async Task Documents_that_fail_before_execution_are_400_without_data_or_200_as_legacy_json(string query)
    {
        var modern = await Client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.False(modern.HasData);
        Assert.NotEmpty(modern.ErrorCodes);
        Assert.All(modern.ErrorCodes, Assert.NotNull);

        var legacy = await Client.PostAsync(query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.False(legacy.HasData);
    }

    [Fact]
    public async Task Field_errors_during_execution_are_200_with_data()
    {
        var response = await Client.PostAsync("{ node(id: \"garbage\") { id } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
    }

    [Fact]
    public async Task GET_runs_queries_with_url_encoded_variables()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { account(id: $id) { name } }");
        var variables = Uri.EscapeDataString($$"""{"id":"{{fixture.Data.Id("Delta School")}}"}""");
        var response = await Client.GetAsync($"query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Delta School", response.Data.At("account.name").GetString());
    }

    [Fact]
    public async Task GET_never_runs_a_mutation_it_answers_405()
    {
        var mutation = Uri.EscapeDataString("mutation { createAccount(input: { name: \"Via GET\", industry: OTHER, region: \"X\" }) { account { id } } }");
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var response = await Client.GetAsync($"query={mutation}", accept);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
            Assert.Equal("POST", string.Join(",", response.Message.Content.Headers.Allow));
            Assert.Contains("METHOD_NOT_ALLOWED", response.ErrorCodes);
        }
        var search = await Client.DataAsync("{ accounts(where: { name: { eq: \"Via GET\" } }) { totalCount } }");
        Assert.Equal(0, search.At("accounts.totalCount").GetInt32());
    }

    [Fact]
    public async Task GET_with_an_operation_name_selects_the_query()
    {
        var query = Uri.EscapeDataString("query A { a: __typename } mutation B { __typename }");
        var response = await Client.GetAsync($"query={query}&operationName=A");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var mutation = await Client.GetAsync($"query={query}&operationName=B");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("query=%7B%20__typename%20%7D&variables=%5B1%5D")]
    [InlineData("query=a&query=b")]
    public async Task A_malformed_GET_is_400(string queryString)
    {
        var response = await Client.GetAsync(queryString);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await GraphQLResponse_Of(await Client.Http.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json")));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET,POST", string.Join(",", response.Message.Content.Headers.Allow).Replace(" ", ""));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var huge = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + new string('x', 300_000) + "\"}}";
        var response = await Client.SendRawAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task The_schema_can_be_downloaded_as_SDL()
    {
        var response = await Client.Http.GetAsync("/graphql?sdl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Account implements Node", sdl);
        Assert.Contains("input AccountFilterInput", sdl);
    }

    [Fact]
    public async Task Banana_Cake_Pop_web_may_call_across_origins_others_may_not()
    {
        foreach (var (origin, allowed) in new[] { ("https://eat.bananacakepop.com", true), ("https://evil.example", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
            var response = await Client.Http.SendAsync(preflight);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        }
    }

    private static Task<Infrastructure.GraphQLResponse> GraphQLResponse_Of(HttpResponseMessage message) => Infrastructure.GraphQLResponse.ReadAsync(message);
}

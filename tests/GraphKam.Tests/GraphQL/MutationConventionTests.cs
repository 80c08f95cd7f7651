using System.Net;
using GraphKam.GraphQL.Relay;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// HotChocolate's mutation conventions: a domain error is reported only in the payload's <c>errors</c>, so that
/// clients keep <c>data</c> (Apollo's default error policy drops it when there are top-level errors); errors that are
/// not about the domain (validation, authorization) stay top-level.
/// </summary>
public sealed class MutationConventionTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    private const string AddContact = """
        mutation($input: AddContactInput!) {
          addContact(input: $input) { contact { id } errors { __typename ... on Error { message code } } }
        }
        """;

    [Theory]
    [InlineData(999_999, "Someone", "AccountNotFoundError")]
    [InlineData(0, "", "RequiredValueError")]
    public async Task A_domain_error_is_only_in_the_payload(int accountKey, string name, string error)
    {
        var accountId = accountKey == 0 ? fixture.Data.Id("Delta School") : GlobalId.Encode("Account", accountKey);
        var response = await fixture.Client.PostAsync(AddContact, new { input = new { accountId, name } });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var payload = response.Data.GetProperty("addContact");
        Assert.Equal(error, payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrEmpty(payload.GetProperty("errors")[0].GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Errors_that_are_not_about_the_domain_stay_top_level()
    {
        var anonymous = await fixture.Factory.AnonymousClient().PostAsync(AddContact,
            new { input = new { accountId = fixture.Data.Id("Delta School"), name = "Someone" } });
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);

        var invalid = await fixture.Client.PostAsync(AddContact, new { input = new { name = "Someone" } });
        Assert.NotEmpty(invalid.Errors);
        Assert.False(invalid.HasData);
    }
}

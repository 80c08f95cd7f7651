using GraphKam.Server.Common;

namespace GraphKam.Tests.Operations;

/// <summary>
/// Operation names label the metrics and fill the admin view, and only 500 are kept: a caller who has not signed in,
/// or a partner (an outside party), cannot claim the slots with names of their choosing; staff can.
/// </summary>
public sealed class OperationNameAdmissionTests : IDisposable
{
    private readonly TelemetryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private bool Counted(string name) => _factory.Points("graphkam.graphql.operations",
        ("graphql.operation.name", name)).Count > 0;

    [Fact]
    public async Task Names_from_signed_out_callers_and_partners_are_not_counted_until_staff_use_them()
    {
        // Unique per run: the names are the process's, shared with every other test server.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var signedOut = $"SignedOutName_{suffix}";
        var partner = $"PartnerName_{suffix}";
        await _factory.AnonymousClient().PostAsync($"query {signedOut} {{ accounts(first: 1) {{ totalCount }} }}");
        var partnerClient = _factory.Logins.ClientAs(Roles.Partner, distributorId: 1);
        await partnerClient.PostAsync($"query {partner} {{ __typename }}");

        Assert.False(Counted(signedOut));
        Assert.False(Counted(partner));

        // A name staff use is admitted, and then counted for everyone.
        await _factory.Logins.ClientAs(Roles.AccountManager).PostAsync($"query {partner} {{ __typename }}");
        await partnerClient.PostAsync($"query {partner} {{ __typename }}");
        Assert.True(Counted(partner));
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Identity;

/// <summary>Authenticates <c>Authorization: Bearer gk_…</c> requests with <see cref="ApiTokens"/>.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken.From(Request.Headers.Authorization) is not { } token) return AuthenticateResult.NoResult();
        return await tokens.ReadAsync(token, Context.RequestAborted) is { } read
            ? AuthenticateResult.Success(new AuthenticationTicket(read.User, new AuthenticationProperties { ExpiresUtc = read.ExpiresAt }, SchemeName))
            : AuthenticateResult.Fail("Unknown, revoked or expired API token.");
    }
}

public static class BearerToken
{
    public static string? From(string? header) =>
        header is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : null;
}

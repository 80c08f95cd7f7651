using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphKam.Server.Identity;

/// <summary>
/// Reads any bearer token outside the HTTP pipeline (a WebSocket's <c>connection_init</c>): API tokens, and access
/// tokens checked with exactly the validation parameters of the JWT bearer scheme.
/// </summary>
public sealed class AccessTokens(IOptionsMonitor<JwtBearerOptions> jwt, ApiTokens apiTokens)
{
    /// <summary>The token's principal (its claims include the expiry, <c>exp</c>); null when it does not validate.</summary>
    public async Task<ClaimsPrincipal?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        if (token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal)) return (await apiTokens.ReadAsync(token, cancellationToken))?.User;
        var parameters = jwt.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }
}

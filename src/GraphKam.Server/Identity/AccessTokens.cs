using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Server.Identity;

/// <summary>
/// Reads any bearer token outside the HTTP pipeline (a WebSocket's <c>connection_init</c>): API tokens, and access
/// tokens checked with exactly the validation parameters of the JWT bearer scheme.
/// </summary>
public sealed class AccessTokens(IOptionsMonitor<JwtBearerOptions> jwt, ApiTokens apiTokens)
{
    public async Task<(ClaimsPrincipal User, DateTimeOffset ExpiresAt)?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        if (token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal)) return await apiTokens.ReadAsync(token, cancellationToken);
        var parameters = jwt.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken valid) return null;
        return (new ClaimsPrincipal(result.ClaimsIdentity), new DateTimeOffset(valid.ValidTo, TimeSpan.Zero));
    }
}

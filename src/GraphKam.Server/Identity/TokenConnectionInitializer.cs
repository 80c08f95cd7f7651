using System.Text.Json;
using GraphKam.GraphQL.Streaming;

namespace GraphKam.Server.Identity;

/// <summary>
/// Signs a WebSocket in from its <c>connection_init</c> payload, since browsers cannot set headers on a WebSocket:
/// <c>{ "Authorization": "Bearer …" }</c> (as Banana Cake Pop and most clients send it) or <c>{ "token": "…" }</c>.
/// Without a token the upgrade request's own user (its cookie or header) is kept. A token that does not validate
/// refuses the connection (4403); a valid one closes it when it expires (the library reads the token's expiry).
/// </summary>
public sealed class TokenConnectionInitializer : IConnectionInitializer
{
    public async ValueTask<ConnectionInitResult> InitializeAsync(HttpContext http, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        if (TokenIn(payload) is not { } token) return ConnectionInitResult.Accept(http.User);
        return await http.RequestServices.GetRequiredService<AccessTokens>().ReadAsync(token, cancellationToken) is { } user
            ? ConnectionInitResult.Accept(user)
            : ConnectionInitResult.Refuse("Forbidden: the token is invalid or expired.");
    }

    private static string? TokenIn(IReadOnlyDictionary<string, object?>? payload)
    {
        if (payload == null) return null;
        foreach (var (key, value) in payload)
        {
            var text = value switch { string s => s, JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(), _ => null };
            if (text == null) continue;
            if (key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) return BearerToken.From(text) ?? text;
            if (key.Equals("token", StringComparison.OrdinalIgnoreCase) || key.Equals("accessToken", StringComparison.OrdinalIgnoreCase)) return text;
        }
        return null;
    }
}

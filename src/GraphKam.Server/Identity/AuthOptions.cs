namespace GraphKam.Server.Identity;

/// <summary>Settings of sign-in, bound from <c>GraphKam:Auth</c>.</summary>
public sealed class AuthOptions
{
    /// <summary>
    /// The HMAC key that signs access tokens, base64 (at least 32 bytes). When empty, a key is generated on first run
    /// and kept in <see cref="SigningKeyFile"/> (fine on one machine; set the key on several).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Where a generated key is kept (SQLite only; PostgreSQL keeps it in the database), relative to the database
    /// file's folder.
    /// </summary>
    public string SigningKeyFile { get; set; } = "graphkam-signing.key";

    public string Issuer { get; set; } = "graphkam";
    public string Audience { get; set; } = "graphkam-api";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a session's state read from the database is trusted, and how often open WebSockets and SSE streams
    /// check it: a sign-out, lock, role or password change on another instance takes effect within about this long.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tolerated difference between clocks when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sign-in attempts one client address may make per <see cref="SignInWindow"/>; zero turns the limit off.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 60;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The password of the demo users (only seeded with the demo data). For local use only.</summary>
    public string DemoPassword { get; set; } = "GraphKam-demo-2026";
}

using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Data;

/// <summary>
/// How a person signs in (ASP.NET Core Identity: e-mail, password hash, lockout, roles). Each login is one
/// <see cref="User"/> of the sales organisation; a partner's login also belongs to one distributor, whose data is all
/// it may see.
/// </summary>
public sealed class Login : IdentityUser<int>
{
    public int PersonId { get; set; }
    public User? Person { get; set; }
    public int? DistributorId { get; set; }
    public Distributor? Distributor { get; set; }
}

/// <summary>A refresh token, stored as its SHA-256 hash; used once, then replaced.</summary>
public sealed class RefreshToken
{
    public int Id { get; set; }
    public int LoginId { get; set; }
    public Login? Login { get; set; }
    public required string Hash { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>The sign-in it continues (Identity's <c>LoginSession</c>); null for tokens issued before sessions.</summary>
    public string? SessionId { get; set; }
}

/// <summary>
/// A long-lived token for a partner portal's server, acting as its distributor with the scopes it was given. Only
/// its hash is stored: the token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken : GraphKam.GraphQL.Relay.IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Hash { get; set; }
    public int DistributorId { get; set; }
    public Distributor? Distributor { get; set; }
    public List<string> Scopes { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

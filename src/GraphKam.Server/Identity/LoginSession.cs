using GraphKam.Server.Data;

namespace GraphKam.Server.Identity;

/// <summary>How a session signed in: the dashboard's cookie, or the tokens of <c>/auth/login</c>.</summary>
public enum SessionKind
{
    Cookie,
    Token,
}

/// <summary>
/// One sign-in, kept in the database so that every server instance sharing it knows when it ends. Its cookie or
/// access tokens carry its ID (<c>sid</c>); signing out ends it, and so does a new security stamp of its login (roles
/// set, login locked, password changed), whose fingerprint at sign-in it keeps.
/// </summary>
public sealed class LoginSession
{
    /// <summary>Random, so that it cannot be guessed from another session's.</summary>
    public required string Id { get; set; }

    public int LoginId { get; set; }
    public Login? Login { get; set; }
    public SessionKind Kind { get; set; }

    /// <summary>The fingerprint of the login's security stamp when it began (<see cref="SessionClaims"/>).</summary>
    public required string Stamp { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When it was signed out; null while it lasts.</summary>
    public DateTime? EndedAt { get; set; }
}

namespace GraphKam.Server.Identity;

/// <summary>
/// Failed sign-ins with one e-mail address, whether or not a login has it (so that the answers do not tell which
/// addresses exist), in the database so that all instances count together. Keyed by a hash of the normalised
/// address: mistyped addresses of real people are not kept in clear.
/// </summary>
public sealed class FailedSignIn
{
    public required string EmailHash { get; set; }

    /// <summary>Failures since <see cref="WindowStart"/>.</summary>
    public int Failures { get; set; }

    public DateTime WindowStart { get; set; }
    public DateTime? LockedUntil { get; set; }
}

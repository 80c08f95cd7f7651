using System.Security.Cryptography;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Identity;

/// <summary>
/// A password hash that no password matches, checked when an e-mail has no login: the answer then takes as long as a
/// wrong password for a known e-mail, so the time taken does not tell which addresses exist.
/// </summary>
public sealed class UnknownLoginPassword
{
    private string? _hash;

    /// <summary>Verifies <paramref name="password"/> as a real one would be verified; always false.</summary>
    public bool Verify(IPasswordHasher<Login> hasher, string password)
    {
        // Made once with the same hasher as real passwords, so it carries the same work factor.
        _hash ??= hasher.HashPassword(new Login(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(new Login(), _hash, password);
        return false;
    }
}

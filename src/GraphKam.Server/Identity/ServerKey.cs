namespace GraphKam.Server.Identity;

/// <summary>
/// A secret every instance must share, kept in the database: the data-protection keys that encrypt sign-in cookies,
/// and (on PostgreSQL, when none is configured) the key that signs access tokens. Never shown through the API.
/// </summary>
public sealed class ServerKey
{
    public int Id { get; set; }

    /// <summary>What the key is for: <see cref="DataProtection"/> or <see cref="TokenSigning"/>.</summary>
    public required string Purpose { get; set; }

    /// <summary>The key itself: an XML element of the data-protection key ring, or a base64 HMAC key.</summary>
    public required string Value { get; set; }

    public DateTime CreatedAt { get; set; }

    public const string DataProtection = "data-protection";
    public const string TokenSigning = "token-signing";
}

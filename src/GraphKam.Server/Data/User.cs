using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>A person in the sales organisation; owns accounts. Sign-in is added by the identity area.</summary>
public sealed class User : IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public UserRole Role { get; set; }
    public List<Account> OwnedAccounts { get; set; } = [];
}

using System.ComponentModel;

namespace GraphKam.Server.Data;

/// <summary>
/// One person's part in an account's team for a time. Rows are never deleted: ending a membership sets
/// <see cref="Until"/>, so the team's history stays. The account's owner is not a row: it is the team's OWNER.
/// </summary>
public sealed class AccountTeamMember : IVersioned, IPeriod
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public TeamRole Role { get; set; }

    /// <summary>From when the person is on the team (UTC).</summary>
    public DateTime Since { get; set; }

    /// <summary>The first instant they are no longer on it (UTC); null while the membership lasts.</summary>
    public DateTime? Until { get; set; }

    public string AddedBy { get; set; } = "";
    public string? EndedBy { get; set; }
    public int Version { get; set; }
}

[Description("What a person does in an account's team.")]
public enum TeamRole
{
    [Description("Owns the account: its `owner`, shown in the team but never added as a member.")] Owner = 1,
    [Description("Outside sales: the field rep who visits.")] OutsideSales = 2,
    [Description("Inside sales: covers the account by phone.")] InsideSales = 3,
    [Description("The solution engineer (pre-sales).")] SolutionEngineer = 4,
    [Description("The service manager who answers for service cases.")] ServiceManager = 5,
    [Description("The executive who sponsors the relationship.")] ExecutiveSponsor = 6,
}

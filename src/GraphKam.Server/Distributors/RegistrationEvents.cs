using System.ComponentModel;

namespace GraphKam.Server.Distributors;

[Description("What happened to a deal registration.")]
public enum RegistrationChangeKind
{
    [Description("A partner registered it.")] Registered = 1,
    [Description("It was approved; the channel opportunity exists.")] Approved = 2,
    [Description("It was rejected.")] Rejected = 3,
}

/// <summary>A deal registration changed; published after the change committed.</summary>
public sealed record DealRegistrationChanged(int RegistrationId, int DistributorId, RegistrationChangeKind Kind)
{
    public const string Topic = "deal-registrations";
}

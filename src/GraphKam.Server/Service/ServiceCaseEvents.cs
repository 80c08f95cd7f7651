using GraphKam.Server.Data;

namespace GraphKam.Server.Service;

/// <summary>A service case changed (opened, updated, moved, escalated), published after the change committed.</summary>
public sealed record ServiceCaseChanged(int CaseId, int AccountId, ServiceCaseChangeKind Kind, ServiceCaseStatus? PreviousStatus)
{
    public const string Topic = "service-cases";
}

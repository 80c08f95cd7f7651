using GraphKam.Server.Data;

namespace GraphKam.Server.Service;

/// <summary>The life of a case: OPEN → ACKNOWLEDGED → RESOLVED → CLOSED, and REOPENED from a resolution.</summary>
public static class ServiceCaseRules
{
    private static readonly Dictionary<ServiceCaseStatus, ServiceCaseStatus[]> Next = new()
    {
        [ServiceCaseStatus.Open] = [ServiceCaseStatus.Acknowledged, ServiceCaseStatus.Resolved],
        [ServiceCaseStatus.Acknowledged] = [ServiceCaseStatus.Resolved],
        [ServiceCaseStatus.Reopened] = [ServiceCaseStatus.Acknowledged, ServiceCaseStatus.Resolved],
        [ServiceCaseStatus.Resolved] = [ServiceCaseStatus.Closed, ServiceCaseStatus.Reopened],
        [ServiceCaseStatus.Closed] = [ServiceCaseStatus.Reopened],
    };

    public static bool MayMove(ServiceCaseStatus from, ServiceCaseStatus to) => Next[from].Contains(to);

    /// <summary>
    /// Moves the case and stamps what the move means for its deadlines: the first answer (acknowledging or resolving
    /// an unanswered case), the resolution, the close; a reopened case is unresolved again, against its old deadline.
    /// </summary>
    public static void Move(ServiceCase serviceCase, ServiceCaseStatus to, DateTime now)
    {
        serviceCase.Status = to;
        serviceCase.UpdatedAt = now;
        switch (to)
        {
            case ServiceCaseStatus.Acknowledged:
                serviceCase.FirstResponseAt ??= now;
                break;
            case ServiceCaseStatus.Resolved:
                serviceCase.FirstResponseAt ??= now;
                serviceCase.ResolvedAt = now;
                break;
            case ServiceCaseStatus.Closed:
                serviceCase.ClosedAt = now;
                break;
            case ServiceCaseStatus.Reopened:
                (serviceCase.ResolvedAt, serviceCase.ClosedAt) = (null, null);
                break;
        }
    }
}

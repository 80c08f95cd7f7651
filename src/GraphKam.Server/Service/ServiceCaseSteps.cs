using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Service;

/// <summary>A step in a case's life: which case, the version the client read, and a note (required for some steps).</summary>
public sealed record ServiceCaseStepInput(string Id, int Version, string? Note);

/// <summary>
/// <c>acknowledgeServiceCase</c>, <c>resolveServiceCase</c>, <c>closeServiceCase</c>, <c>reopenServiceCase</c>: each
/// moves the case if its status allows, records the move in its history in the same save, and publishes it.
/// </summary>
public static class ServiceCaseSteps
{
    public const int NoteLength = 2000;

    public static Task<Payload> AcknowledgeAsync(ServiceCaseStepInput input, MutationScope scope) =>
        MoveAsync(input, scope, ServiceCaseStatus.Acknowledged, noteRequired: null);

    public static Task<Payload> ResolveAsync(ServiceCaseStepInput input, MutationScope scope) =>
        MoveAsync(input, scope, ServiceCaseStatus.Resolved, noteRequired: "resolution");

    public static Task<Payload> CloseAsync(ServiceCaseStepInput input, MutationScope scope) =>
        MoveAsync(input, scope, ServiceCaseStatus.Closed, noteRequired: null);

    public static Task<Payload> ReopenAsync(ServiceCaseStepInput input, MutationScope scope) =>
        MoveAsync(input, scope, ServiceCaseStatus.Reopened, noteRequired: "reason");

    private static async Task<Payload> MoveAsync(ServiceCaseStepInput input, MutationScope scope, ServiceCaseStatus to, string? noteRequired)
    {
        var field = noteRequired ?? "note";
        var errors = new List<MutationError>();
        if (noteRequired != null && string.IsNullOrWhiteSpace(input.Note)) errors.Add(new RequiredValueError(field));
        TextRules.Check(input.Note, field, NoteLength, errors);
        if (errors.Count > 0) return Payload.Failure(errors);
        var (serviceCase, error) = await scope.FindAtVersionAsync<ServiceCase>(input.Id, "ServiceCase", "id", input.Version,
            id => new ServiceCaseNotFoundError(id));
        if (serviceCase == null) return Payload.Failure(error!);
        var from = serviceCase.Status;
        if (!ServiceCaseRules.MayMove(from, to)) return Payload.Failure(new IllegalCaseTransitionError(from, to));
        ServiceCaseRules.Move(serviceCase, to, scope.Now);
        scope.Db.Add(new ServiceCaseChange
        {
            CaseId = serviceCase.Id,
            Kind = ServiceCaseChangeKind.StatusChanged,
            FromStatus = from,
            ToStatus = to,
            Note = input.Note?.Trim(),
            ChangedAt = scope.Now,
            ChangedBy = scope.Actor,
        });
        var payload = await scope.SaveNextVersionAsync(serviceCase, input.Version);
        if (payload.Errors.Count == 0)
            scope.Publish(ServiceCaseChanged.Topic,
                new ServiceCaseChanged(serviceCase.Id, serviceCase.AccountId, ServiceCaseChangeKind.StatusChanged, from));
        return payload;
    }
}

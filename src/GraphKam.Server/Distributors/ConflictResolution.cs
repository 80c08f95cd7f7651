using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed record ResolveConflictInput(string Id, string Resolution, int Version);
public sealed record ConflictNotFoundError(string Id) : MutationError("CONFLICT_NOT_FOUND", $"No channel conflict has the ID '{Id}'.");
public sealed record ConflictNotOpenError(ConflictStatus Status) : MutationError("CONFLICT_NOT_OPEN", $"The conflict is {Status.ToString().ToLowerInvariant()}: only an open one can be resolved.");

/// <summary><c>resolveConflict</c>: someone decides an open conflict and says how.</summary>
public static class ConflictResolution
{
    public const int MaxResolutionLength = 1000;

    public static async Task<Payload> ResolveAsync(ResolveConflictInput input, MutationScope scope)
    {
        var (conflict, error) = await scope.FindAtVersionAsync<ChannelConflict>(input.Id, "ChannelConflict", "id", input.Version, id => new ConflictNotFoundError(id));
        if (conflict == null) return Payload.Failure(error!);
        if (conflict.Status != ConflictStatus.Open) return Payload.Failure(new ConflictNotOpenError(conflict.Status));
        var resolution = input.Resolution.Trim();
        if (resolution.Length == 0) return Payload.Failure(new RequiredValueError("resolution"));
        if (resolution.Length > MaxResolutionLength) return Payload.Failure(new TooLongError("resolution", MaxResolutionLength));

        (conflict.Status, conflict.Resolution, conflict.ResolvedAt, conflict.ResolvedBy) = (ConflictStatus.Resolved, resolution, scope.Now, scope.Actor);
        return await scope.SaveNextVersionAsync(conflict, input.Version);
    }
}

public sealed class ResolveConflictInputType : InputObjectGraphType
{
    public ResolveConflictInputType()
    {
        Name = "ResolveConflictInput";
        Description = "How an open channel conflict was decided.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The conflict.");
        Field<NonNullGraphType<StringGraphType>>("resolution").Description("What was decided, e.g. \"the distributor keeps the account\".");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ResolveConflictInput(value.RequiredId("id"), value.Required<string>("resolution"), value.Required<int>("version"));
}

public sealed class ConflictNotFoundErrorType : ErrorGraphType<ConflictNotFoundError>
{
    public ConflictNotFoundErrorType() : base("No channel conflict has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}

public sealed class ConflictNotOpenErrorType : ErrorGraphType<ConflictNotOpenError>
{
    public ConflictNotOpenErrorType() : base("The conflict was already resolved or cleared.") =>
        Field<NonNullGraphType<ConflictStatusType>>("status").Description("Its status.").Resolve(c => c.Source.Status);
}

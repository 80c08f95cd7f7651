using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed record ResolveConflictInput(string Id, string Resolution, int Version);

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


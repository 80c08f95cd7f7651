using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using GraphQL.Types;

namespace GraphKam.Server.Kpis;

public sealed record TakeKpiSnapshotInput(string? Policy);

public sealed class TakeKpiSnapshotInputType : InputObjectGraphType
{
    public TakeKpiSnapshotInputType()
    {
        Name = "TakeKpiSnapshotInput";
        Description = "Which policy's snapshot of the current month to take now.";
        Field<StringGraphType>("policy").Description("The policy's key; the default policy when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TakeKpiSnapshotInput(value.Get<string?>("policy"));
}

/// <summary><c>takeKpiSnapshot</c>: the current month's snapshot, taken now, replacing the month's earlier one.</summary>
public static class TakeKpiSnapshot
{
    public static readonly Type[] Errors = [typeof(TierPolicyNotFoundError)];

    public static async Task<Payload> HandleAsync(TakeKpiSnapshotInput input, MutationScope scope)
    {
        var policy = await TierPolicies.FindAsync(scope.Db.TierPolicies, input.Policy, scope.CancellationToken);
        if (policy == null) return Payload.Failure(new TierPolicyNotFoundError(input.Policy));
        var snapshot = await KpiFigures.TakeAsync(scope.Db, policy, scope.Now, scope.Actor, scope.CancellationToken);
        return Payload.Success(await KpiFigures.SaveAsync(scope.Db, snapshot, scope.CancellationToken));
    }
}

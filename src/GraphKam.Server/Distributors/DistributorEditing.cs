using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

/// <summary><c>createDistributor</c>, <c>updateDistributor</c>, <c>setDistributorStatus</c>; each re-checks the conflict rules.</summary>
public static class DistributorEditing
{
    public static async Task<Payload> CreateAsync(CreateDistributorInput input, MutationScope scope)
    {
        var distributor = new Distributor
        {
            Name = input.Name.Trim(),
            Kind = input.Kind,
            Model = input.Model,
            CommissionRate = input.CommissionRate,
            Regions = DistributorRules.CleanRegions(input.Regions),
            Industries = [.. input.Industries.Distinct()],
            ContractStart = input.ContractStart.ToUniversalTime(),
            ContractEnd = input.ContractEnd?.ToUniversalTime(),
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        DistributorRules.ApplyContact(distributor, input.Contact);
        var errors = DistributorRules.Validate(distributor);
        errors.AddRange(await DistributorHierarchy.SetParentAsync(scope, distributor, input.ParentId));
        if (errors.Count > 0) return Payload.Failure(errors);

        scope.Db.Distributors.Add(distributor);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await ChannelConflicts.CheckAsync(scope, [], [distributor.Id]);
        return Payload.Success(distributor);
    }

    public static async Task<Payload> UpdateAsync(UpdateDistributorInput input, MutationScope scope)
    {
        var (distributor, failure) = await ForChangeAsync(scope, input.Id, input.Version);
        if (distributor == null) return failure!;
        // Before any validation, so that a partner asking for more than its contact details learns nothing else.
        scope.Db.EnsureMayChange<Distributor>(input.Members());
        var errors = new List<MutationError>();
        DistributorRules.ApplyContact(distributor, input.Contact);
        if (input.Name.IsSet) distributor.Name = input.Name.Value?.Trim() ?? "";
        input.Kind.AssignRequired("kind", v => distributor.Kind = v, errors);
        input.Model.AssignRequired("model", v => distributor.Model = v, errors);
        input.ContractStart.AssignRequired("contractStart", v => distributor.ContractStart = v.ToUniversalTime(), errors);
        if (input.CommissionRate.IsSet) distributor.CommissionRate = input.CommissionRate.Value;
        if (input.ContractEnd.IsSet) distributor.ContractEnd = input.ContractEnd.Value?.ToUniversalTime();
        if (input.Regions != null) distributor.Regions = DistributorRules.CleanRegions(input.Regions);
        if (input.Industries != null) distributor.Industries = [.. input.Industries.Distinct()];
        errors.AddRange(DistributorRules.Validate(distributor));
        // The hierarchy is checked again only when the parent or the kind changes.
        if (input.ParentId.IsSet || input.Kind.IsSet)
        {
            var parentId = input.ParentId.IsSet ? input.ParentId.Value
                : distributor.ParentId is { } current ? GraphKam.GraphQL.Relay.GlobalId.Encode("Distributor", current) : null;
            errors.AddRange(await DistributorHierarchy.SetParentAsync(scope, distributor, parentId));
        }
        if (errors.Count > 0) return Payload.Failure(errors);

        distributor.UpdatedAt = scope.Now;
        var saved = await scope.SaveNextVersionAsync(distributor, input.Version);
        if (saved.Errors.Count == 0) await ChannelConflicts.CheckAsync(scope, [], [distributor.Id]);
        return saved;
    }

    public static async Task<Payload> SetStatusAsync(SetDistributorStatusInput input, MutationScope scope)
    {
        var (distributor, failure) = await ForChangeAsync(scope, input.Id, input.Version);
        if (distributor == null) return failure!;
        if (distributor.Status == input.Status) return Payload.Success(distributor);
        distributor.Status = input.Status;
        distributor.UpdatedAt = scope.Now;
        var saved = await scope.SaveNextVersionAsync(distributor, input.Version);
        if (saved.Errors.Count == 0) await ChannelConflicts.CheckAsync(scope, [], [distributor.Id]);
        return saved;
    }

    /// <summary>A distributor that may still change (not terminated), at the version the client read.</summary>
    internal static async Task<(Distributor?, Payload?)> ForChangeAsync(MutationScope scope, string id, int? version, string field = "id")
    {
        var (distributor, error) = await scope.FindAtVersionAsync<Distributor>(id, "Distributor", field, version, found => new DistributorNotFoundError(found));
        if (distributor == null) return (null, Payload.Failure(error!));
        if (distributor.Status == DistributorStatus.Terminated) return (null, Payload.Failure(new DistributorTerminatedError()));
        return (distributor, null);
    }
}

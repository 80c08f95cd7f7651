using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

/// <summary><c>assignDistributor</c> and <c>unassignDistributor</c>: which partners serve an account.</summary>
public static class DistributorCoverage
{
    public static async Task<Payload> AssignAsync(DistributorAccountInput input, MutationScope scope)
    {
        var (account, distributor, failure) = await FindAsync(scope, input);
        if (failure != null) return failure;
        if (distributor!.Status != DistributorStatus.Active) return Payload.Failure(new DistributorNotActiveError(distributor.Status));
        var existing = await scope.Db.DistributorAssignments
            .FirstOrDefaultAsync(a => a.AccountId == account!.Id && a.DistributorId == distributor.Id, scope.CancellationToken);
        if (existing != null) return Payload.Success(existing); // already served: nothing changes

        var assignment = new DistributorAssignment { AccountId = account!.Id, DistributorId = distributor.Id, AssignedAt = scope.Now, AssignedBy = scope.Actor };
        scope.Db.DistributorAssignments.Add(assignment);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await ChannelConflicts.CheckAsync(scope, [account.Id], [distributor.Id]);
        return Payload.Success(assignment);
    }

    public static async Task<Payload> UnassignAsync(DistributorAccountInput input, MutationScope scope)
    {
        var (account, distributor, failure) = await FindAsync(scope, input);
        if (failure != null) return failure;
        var assignment = await scope.Db.DistributorAssignments.AsTracking()
            .FirstOrDefaultAsync(a => a.AccountId == account!.Id && a.DistributorId == distributor!.Id, scope.CancellationToken);
        if (assignment == null) return Payload.Failure(new NotAssignedError());

        scope.Db.DistributorAssignments.Remove(assignment);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await ChannelConflicts.CheckAsync(scope, [account!.Id], [distributor!.Id]);
        return Payload.Success(assignment);
    }

    private static async Task<(Account?, Distributor?, Payload?)> FindAsync(MutationScope scope, DistributorAccountInput input)
    {
        var errors = new List<MutationError>();
        var (account, accountError) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (accountError != null) errors.Add(accountError);
        else if (account!.ArchivedAt != null) errors.Add(new AccountArchivedError(input.AccountId));
        var (distributor, distributorError) = await scope.FindForChangeAsync<Distributor>(input.DistributorId, "Distributor", "distributorId",
            id => new DistributorNotFoundError(id));
        if (distributorError != null) errors.Add(distributorError);
        return errors.Count > 0 ? (null, null, Payload.Failure(errors)) : (account, distributor, null);
    }
}

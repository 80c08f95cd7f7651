using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.OrgCharts;

/// <summary><c>upsertRolePlan</c>: each contact has at most one plan; setting it again replaces it.</summary>
public static class RolePlanEditing
{
    public static async Task<Payload> UpsertAsync(UpsertRolePlanInput input, MutationScope scope)
    {
        var (contact, missing) = await scope.FindForChangeAsync<Contact>(input.ContactId, "Contact", "contactId", id => new ContactNotFoundError(id));
        if (contact == null) return Payload.Failure(missing!);
        if (contact.RemovedAt != null) return Payload.Failure(new ContactRemovedError(input.ContactId));
        var errors = new List<MutationError>();
        foreach (var (field, value) in new[] { ("goal", input.Goal), ("method", input.Method), ("action", input.Action) })
            TextRules.Check(value, field, 1000, errors, required: field == "goal");
        if (input.FrequencyDays is < 1 or > 365) errors.Add(new OutOfRangeError("frequencyDays", 1, 365, input.FrequencyDays));
        if (errors.Count > 0) return Payload.Failure(errors);

        var plan = await scope.Db.RolePlans.AsTracking().FirstOrDefaultAsync(p => p.ContactId == contact.Id, scope.CancellationToken);
        if (plan == null) scope.Db.RolePlans.Add(plan = new RolePlan { ContactId = contact.Id, Goal = "", CreatedAt = scope.Now });
        plan.Goal = input.Goal.Trim();
        plan.Method = input.Method?.Trim();
        plan.Action = input.Action?.Trim();
        plan.FrequencyDays = input.FrequencyDays;
        plan.NextActionAt = input.NextActionAt?.ToUniversalTime() ?? scope.Now.AddDays(input.FrequencyDays);
        plan.Status = input.Status;
        plan.UpdatedAt = scope.Now;
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(plan);
    }
}

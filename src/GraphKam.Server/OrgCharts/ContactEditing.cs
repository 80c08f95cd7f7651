using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.OrgCharts;

/// <summary><c>addContact</c>, <c>updateContact</c>, <c>moveContact</c>, <c>removeContact</c>.</summary>
public static class ContactEditing
{
    public static async Task<Payload> AddAsync(AddContactInput input, MutationScope scope)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var contact = new Contact
        {
            AccountId = account.Id,
            Name = input.Name.Trim(),
            Title = Clean(input.Title),
            Department = Clean(input.Department),
            Email = Clean(input.Email),
            Phone = Clean(input.Phone),
            BuyingRole = input.BuyingRole,
            Style = input.Style,
            Attitude = input.Attitude,
            Influence = input.Influence,
            RelationshipStrength = input.RelationshipStrength,
            IsPrimary = input.IsPrimary,
            Notes = Clean(input.Notes),
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        var errors = ContactRules.Validate(contact);
        if (await ContactReferences.SetManagerAsync(scope, contact, input.ReportsToId) is { } managerError) errors.Add(managerError);
        errors.AddRange(await ContactReferences.SetDottedLinesAsync(scope, contact, input.DottedLineIds));
        if (errors.Count > 0) return Payload.Failure(errors);

        scope.Db.Contacts.Add(contact);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        if (contact.IsPrimary) await ContactReferences.UnsetOtherPrimariesAsync(scope, contact);
        return Payload.Success(contact);
    }

    public static async Task<Payload> UpdateAsync(UpdateContactInput input, MutationScope scope)
    {
        var (contact, failure) = await ForChangeAsync(scope, input.Id, input.Version, "id");
        if (contact == null) return failure!;
        if (input.Name.IsSet) contact.Name = input.Name.Value?.Trim() ?? "";
        if (input.Title.IsSet) contact.Title = Clean(input.Title.Value);
        if (input.Department.IsSet) contact.Department = Clean(input.Department.Value);
        if (input.Email.IsSet) contact.Email = Clean(input.Email.Value);
        if (input.Phone.IsSet) contact.Phone = Clean(input.Phone.Value);
        if (input.Notes.IsSet) contact.Notes = Clean(input.Notes.Value);
        if (input.Style.IsSet) contact.Style = input.Style.Value;
        var errors = new List<MutationError>();
        input.BuyingRole.AssignRequired("buyingRole", v => contact.BuyingRole = v, errors);
        input.Attitude.AssignRequired("attitude", v => contact.Attitude = v, errors);
        input.Influence.AssignRequired("influence", v => contact.Influence = v, errors);
        input.RelationshipStrength.AssignRequired("relationshipStrength", v => contact.RelationshipStrength = v, errors);
        input.IsPrimary.AssignRequired("isPrimary", v => contact.IsPrimary = v, errors);
        errors.AddRange(ContactRules.Validate(contact));
        if (input.ReportsToId.IsSet && await ContactReferences.SetManagerAsync(scope, contact, input.ReportsToId.Value) is { } managerError)
            errors.Add(managerError);
        if (input.DottedLineIds != null) errors.AddRange(await ContactReferences.SetDottedLinesAsync(scope, contact, input.DottedLineIds));
        if (errors.Count > 0) return Payload.Failure(errors);

        if (input.IsPrimary is { IsSet: true, Value: true }) await ContactReferences.UnsetOtherPrimariesAsync(scope, contact);
        return await SaveAsync(scope, contact, input.Version);
    }

    public static async Task<Payload> MoveAsync(MoveContactInput input, MutationScope scope)
    {
        var (contact, failure) = await ForChangeAsync(scope, input.ContactId, input.Version);
        if (contact == null) return failure!;
        if (await ContactReferences.SetManagerAsync(scope, contact, input.ReportsToId) is { } error) return Payload.Failure(error);
        return await SaveAsync(scope, contact, input.Version ?? contact.Version);
    }

    /// <summary>The contact leaves the chart; the people who reported to it now report to its manager.</summary>
    public static async Task<Payload> RemoveAsync(RemoveContactInput input, MutationScope scope)
    {
        var (contact, failure) = await ForChangeAsync(scope, input.ContactId, input.Version);
        if (contact == null) return failure!;
        await scope.Db.Contacts.Where(c => c.ReportsToId == contact.Id && c.RemovedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ReportsToId, contact.ReportsToId)
                .SetProperty(c => c.UpdatedAt, scope.Now).SetProperty(c => c.Version, c => c.Version + 1), scope.CancellationToken);
        contact.RemovedAt = scope.Now;
        contact.IsPrimary = false;
        return await SaveAsync(scope, contact, input.Version ?? contact.Version);
    }

    /// <summary>A current contact at the version the client read, or the reason it cannot be changed.</summary>
    private static async Task<(Contact?, Payload?)> ForChangeAsync(MutationScope scope, string id, int? version, string field = "contactId")
    {
        var (contact, error) = await scope.FindAtVersionAsync<Contact>(id, "Contact", field, version, found => new ContactNotFoundError(found));
        if (contact == null) return (null, Payload.Failure(error!));
        if (contact.RemovedAt != null) return (null, Payload.Failure(new ContactRemovedError(id)));
        return (contact, null);
    }

    private static Task<Payload> SaveAsync(MutationScope scope, Contact contact, int givenVersion)
    {
        contact.UpdatedAt = scope.Now;
        return scope.SaveNextVersionAsync(contact, givenVersion);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

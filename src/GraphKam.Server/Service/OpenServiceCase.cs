using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

public sealed record OpenServiceCaseInput(string AccountId, string? ContactId, ServiceCaseKind Kind, ServiceSeverity Severity,
    ServiceChannel Channel, string Subject, string? Description, string? OwnerId);

/// <summary>
/// <c>openServiceCase</c>: records a request or complaint with the deadlines the account's tier promises now (default
/// policy); they stay what they were promised when the tier changes later.
/// </summary>
public static class OpenServiceCase
{
    public const int SubjectLength = 200, DescriptionLength = 4000;

    public static async Task<Payload> HandleAsync(OpenServiceCaseInput input, MutationScope scope)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var errors = new List<MutationError>();
        TextRules.Check(input.Subject, "subject", SubjectLength, errors, required: true);
        TextRules.Check(input.Description, "description", DescriptionLength, errors);
        var contactId = await ContactAsync(scope, account.Id, input.ContactId, errors);
        var ownerId = await OwnerAsync(scope, input.OwnerId, errors);
        var deadlines = await ServiceLevels.DeadlinesAsync(scope.Db, account.Id, input.Severity, scope.Now, scope.CancellationToken);
        if (deadlines == null) errors.Add(new NoServiceStandardError(input.AccountId));
        if (errors.Count > 0) return Payload.Failure(errors);

        var (tierCode, respondBy, resolveBy) = deadlines!.Value;
        var serviceCase = new ServiceCase
        {
            AccountId = account.Id,
            ContactId = contactId,
            Kind = input.Kind,
            Severity = input.Severity,
            Channel = input.Channel,
            Subject = input.Subject!.Trim(),
            Description = input.Description?.Trim(),
            Status = ServiceCaseStatus.Open,
            OwnerId = ownerId,
            TierCode = tierCode,
            OpenedAt = scope.Now,
            OpenedBy = scope.Actor,
            RespondBy = respondBy,
            ResolveBy = resolveBy,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        serviceCase.History.Add(new ServiceCaseChange
        {
            Kind = ServiceCaseChangeKind.Opened,
            ToStatus = ServiceCaseStatus.Open,
            Note = $"tier {tierCode}: respond by {respondBy:u}, resolve by {resolveBy:u}",
            ChangedAt = scope.Now,
            ChangedBy = scope.Actor,
        });
        scope.Db.Add(serviceCase);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        scope.Publish(ServiceCaseChanged.Topic, new ServiceCaseChanged(serviceCase.Id, serviceCase.AccountId, ServiceCaseChangeKind.Opened, null));
        return Payload.Success(serviceCase);
    }

    private static async Task<int?> OwnerAsync(MutationScope scope, string? id, List<MutationError> errors)
    {
        if (id == null) return null;
        var (key, error) = await StaffOwners.KeyAsync(scope.Db, id, scope.CancellationToken);
        if (error != null) errors.Add(error);
        return key;
    }

    /// <summary>The key of the given contact, a current contact of the account; null when none is given.</summary>
    private static async Task<int?> ContactAsync(MutationScope scope, int accountId, string? id, List<MutationError> errors)
    {
        if (id == null) return null;
        if (!GlobalId.TryParseKey(id, "Contact", out var key))
        {
            errors.Add(new InvalidIdError("contactId", id, "Contact"));
            return null;
        }
        var contact = await scope.Db.Contacts.Where(c => c.Id == key).Select(c => new { c.AccountId, c.RemovedAt })
            .FirstOrDefaultAsync(scope.CancellationToken);
        var problem = contact == null ? "no contact has this ID."
            : contact.AccountId != accountId ? "the contact works for another account."
            : contact.RemovedAt != null ? "the contact was removed from the chart."
            : null;
        if (problem != null) errors.Add(new InvalidCaseContactError(id, problem));
        return key;
    }
}

public sealed class OpenServiceCaseInputType : InputObjectGraphType
{
    public OpenServiceCaseInputType()
    {
        Name = "OpenServiceCaseInput";
        Description = "A service request, complaint, incident or praise from an account.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<IdGraphType>("contactId").Description("The account's person who raised it.");
        Field<NonNullGraphType<ServiceCaseKindType>>("kind").Description("What it is.");
        Field<NonNullGraphType<ServiceSeverityType>>("severity").Description("How urgent it is; sets the resolution deadline.");
        Field<NonNullGraphType<ServiceChannelType>>("channel").Description("How it reached us.");
        Field<NonNullGraphType<StringGraphType>>("subject").Description("What it is about, in a line (at most 200 characters).");
        Field<StringGraphType>("description").Description("The details (at most 4000 characters).");
        Field<IdGraphType>("ownerId").Description("Who from our side handles it (not for partners).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new OpenServiceCaseInput(
        value.RequiredId("accountId"), value.GetId("contactId"), value.Required<ServiceCaseKind>("kind"),
        value.Required<ServiceSeverity>("severity"), value.Required<ServiceChannel>("channel"), value.Required<string>("subject"),
        value.Get<string>("description"), value.GetId("ownerId"));
}

using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Service;

public sealed record RecordSatisfactionInput(string AccountId, string ContactId, double Score, ServiceChannel Channel, string? Comment,
    string? CaseId);

/// <summary>
/// <c>recordSatisfaction</c>: saves a survey answer and, in the same transaction, the account's new rolling figure
/// (the mean of its surveys in the window). Any problem with the input saves nothing.
/// </summary>
public static class RecordSatisfaction
{
    public const int CommentLength = 2000;

    public static async Task<Payload> HandleAsync(RecordSatisfactionInput input, MutationScope scope, IOptions<ServiceOptions> options)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var errors = new List<MutationError>();
        if (!(input.Score is >= 0 and <= 100)) errors.Add(new SatisfactionOutOfRangeError(input.Score));
        TextRules.Check(input.Comment, "comment", CommentLength, errors);
        var contactId = await ContactAsync(scope, account.Id, input.ContactId, errors);
        var caseId = await CaseAsync(scope, account.Id, input.CaseId, errors);
        if (errors.Count > 0) return Payload.Failure(errors);

        var survey = new SatisfactionSurvey
        {
            AccountId = account.Id,
            ContactId = contactId,
            Score = input.Score,
            Channel = input.Channel,
            Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
            CaseId = caseId,
            RecordedAt = scope.Now,
            RecordedBy = scope.Actor,
        };
        scope.Db.SatisfactionSurveys.Add(survey);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        // The new answer is in the window, so the account has a mean now. The account's version stays: the figure is
        // derived, and an edit of its master data should not fail because an answer arrived.
        account.Satisfaction = await SatisfactionFigures.MeanAsync(scope.Db.SatisfactionSurveys.Where(s => s.AccountId == account.Id),
            options.Value.WindowStart(scope.Now), scope.CancellationToken);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(survey);
    }

    /// <summary>The key of the given contact, a current contact of the account.</summary>
    private static async Task<int> ContactAsync(MutationScope scope, int accountId, string id, List<MutationError> errors)
    {
        if (!GlobalId.TryParseKey(id, "Contact", out var key))
        {
            errors.Add(new InvalidIdError("contactId", id, "Contact"));
            return 0;
        }
        var contact = await scope.Db.Contacts.Where(c => c.Id == key).Select(c => new { c.AccountId, c.RemovedAt })
            .FirstOrDefaultAsync(scope.CancellationToken);
        var problem = contact == null ? "no contact has this ID."
            : contact.AccountId != accountId ? "the contact works for another account."
            : contact.RemovedAt != null ? "the contact was removed from the chart."
            : null;
        if (problem != null) errors.Add(new ContactNotOnAccountError(id, problem));
        return key;
    }

    /// <summary>The key of the given case, one of the account's; null when none is given.</summary>
    private static async Task<int?> CaseAsync(MutationScope scope, int accountId, string? id, List<MutationError> errors)
    {
        if (id == null) return null;
        if (!GlobalId.TryParseKey(id, "ServiceCase", out var key))
        {
            errors.Add(new InvalidIdError("caseId", id, "ServiceCase"));
            return null;
        }
        if (!await scope.Db.ServiceCases.AnyAsync(c => c.Id == key && c.AccountId == accountId, scope.CancellationToken))
            errors.Add(new CaseNotOnAccountError(id));
        return key;
    }
}

public sealed class RecordSatisfactionInputType : InputObjectGraphType
{
    public RecordSatisfactionInputType()
    {
        Name = "RecordSatisfactionInput";
        Description = "One answer to a satisfaction survey, from one of the account's people.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The account's person who answered.");
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How satisfied, from 0 to 100.");
        Field<NonNullGraphType<ServiceChannelType>>("channel").Description("How the answer reached us.");
        Field<StringGraphType>("comment").Description("What they said (at most 2000 characters).");
        Field<IdGraphType>("caseId").Description("The account's service case the answer is about, if any.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RecordSatisfactionInput(
        value.RequiredId("accountId"), value.RequiredId("contactId"), value.Required<double>("score"),
        value.Required<ServiceChannel>("channel"), value.Get<string>("comment"), value.GetId("caseId"));
}

using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Service;

public sealed class SatisfactionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var record = mutation.AddMutation<RecordSatisfactionInputType, SatisfactionSurveyType>("recordSatisfaction",
            "Records a survey answer; the account's `satisfaction` becomes the mean of its surveys in the window.",
            ("satisfactionSurvey", "The answer as saved; null when nothing was saved."),
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(SatisfactionOutOfRangeError),
             typeof(TooLongError), typeof(ContactNotOnAccountError), typeof(CaseNotOnAccountError)],
            c => MutationScope.RunAsync<RecordSatisfactionInput, IOptions<ServiceOptions>>(c, RecordSatisfaction.HandleAsync))
            .RequireRoles(Roles.Internal);
        // The payload also carries the account, with its new figure, as HotChocolate's conventions allow.
        var payload = (IObjectGraphType)((NonNullGraphType)record.ResolvedType!).ResolvedType!;
        payload.AddField(new FieldType
        {
            Name = "account",
            Description = "The account, with its new `satisfaction`; null when nothing was saved.",
            Type = typeof(AccountType),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<Payload, object?>(c =>
                c.Source.Value is SatisfactionSurvey survey ? c.LoadById<Account>(survey.AccountId) : null),
        });

        mutation.AddMutation<SetSatisfactionTargetInputType, SatisfactionTargetType>("setSatisfactionTarget",
            "Sets the organisation's satisfaction target for a year (replacing the year's target, if any).",
            ("satisfactionTarget", "The target as saved; null when nothing changed."),
            [typeof(OutOfRangeError), typeof(SatisfactionOutOfRangeError)],
            c => MutationScope.RunAsync<SetSatisfactionTargetInput>(c, SatisfactionTargets.SetAsync))
            .RequireRoles(Roles.Managers);
    }
}

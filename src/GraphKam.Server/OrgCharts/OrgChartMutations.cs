using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

public sealed class OrgChartMutations : IMutationFields
{
    private static readonly (string, string) ChangedContact = ("contact", "The contact as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        Type[] valueErrors = [typeof(RequiredValueError), typeof(TooLongError), typeof(InvalidEmailError), typeof(OutOfRangeError)];
        Type[] referenceErrors = [typeof(InvalidIdError), typeof(ManagerNotFoundError), typeof(ManagerInOtherAccountError), typeof(InvalidDottedLineError)];
        Type[] changeErrors = [typeof(ContactNotFoundError), typeof(ContactRemovedError), typeof(StaleVersionError)];

        mutation.AddMutation<AddContactInputType, ContactType>("addContact", "Adds a person to an account's organisation chart.", ChangedContact,
            [.. valueErrors, .. referenceErrors, typeof(AccountNotFoundError), typeof(AccountArchivedError)],
            c => MutationScope.RunAsync<AddContactInput>(c, ContactEditing.AddAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<UpdateContactInputType, ContactType>("updateContact", "Changes a contact, if it still has the `version` you read.", ChangedContact,
            [.. valueErrors, .. referenceErrors, .. changeErrors, typeof(OrgChartCycleError)],
            c => MutationScope.RunAsync<UpdateContactInput>(c, ContactEditing.UpdateAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<MoveContactInputType, ContactType>("moveContact",
            "Moves a contact, with everyone below them, under another manager of the same account. The chart can never loop.", ChangedContact,
            [.. referenceErrors, .. changeErrors, typeof(OrgChartCycleError)],
            c => MutationScope.RunAsync<MoveContactInput>(c, ContactEditing.MoveAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<RemoveContactInputType, ContactType>("removeContact",
            "Removes a contact from the chart: their reports move up to their manager, and activities keep naming them.", ChangedContact,
            [typeof(InvalidIdError), .. changeErrors],
            c => MutationScope.RunAsync<RemoveContactInput>(c, ContactEditing.RemoveAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<UpsertRolePlanInputType, RolePlanType>("upsertRolePlan", "Sets a contact's role service plan.",
            ("rolePlan", "The plan as saved; null when nothing changed."),
            [typeof(InvalidIdError), typeof(ContactNotFoundError), typeof(ContactRemovedError), typeof(RequiredValueError),
             typeof(TooLongError), typeof(OutOfRangeError)],
            c => MutationScope.RunAsync<UpsertRolePlanInput>(c, RolePlanEditing.UpsertAsync))
            .RequireRoles(Roles.All);
    }
}

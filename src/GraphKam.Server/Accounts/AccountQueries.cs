using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class AccountQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<Account, AccountType, AccountFilterInput, AccountSortInput>("accounts", "key accounts",
                (context, db) => context.GetArgument<bool>("includeArchived")
                    ? db.Set<Account>()
                    : db.Set<Account>().Where(a => a.ArchivedAt == null))
            .Arguments!.Add(new QueryArgument<NonNullGraphType<BooleanGraphType>>
            {
                Name = "includeArchived",
                DefaultValue = false,
                Description = "Also list archived accounts (left out by default).",
            });

        query.Field<AccountType>("account")
            .Description("One account by its ID, archived or not. An unknown ID gives null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The account's global ID.")
            .Resolve(context => context.LoadByGlobalId<Account>(context.GetArgument<string>("id"), "Account"));
    }
}

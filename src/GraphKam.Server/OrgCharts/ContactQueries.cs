using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

public sealed class ContactQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<Contact, ContactType, ContactFilterInput, ContactSortInput>("contacts",
            "contacts of every active account (removed ones left out)",
            (_, db) => db.Set<Contact>().Where(c => c.RemovedAt == null && c.Account!.ArchivedAt == null));
        query.Field<ContactType>("contact")
            .Description("One contact by ID, removed or not. An unknown ID gives null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The contact's global ID.")
            .Resolve(c => c.LoadByGlobalId<Contact>(c.GetArgument<string>("id"), "Contact"));
    }
}

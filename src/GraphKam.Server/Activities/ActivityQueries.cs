using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ActivityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<Activity, ActivityType, ActivityFilterInput, ActivitySortInput>("activities",
            "activities with every active account, newest first", (_, db) => db.Set<Activity>().Where(a => a.Account!.ArchivedAt == null),
            new ConnectionOptions<Activity> { DefaultOrder = AccountActivityFields.NewestFirst });
    }
}

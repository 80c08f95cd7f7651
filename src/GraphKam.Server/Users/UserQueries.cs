using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Users;

public sealed class UserQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<User, UserType, UserFilterInput, UserSortInput>("users", "people of the sales organisation",
            (_, db) => db.Set<User>());
}

using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphQL.Types;

namespace GraphKam.Server.Operations;

public sealed class OperationsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ServerActivityType>>("serverActivity")
            .Description("What the server has done in the last hour, from its own metrics (administrators and directors).")
            .Resolve(c => ServerActivity.Read(c.RequestServices!))
            .FieldType.RequireRoles(Roles.Managers);
}

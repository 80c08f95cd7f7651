using System.Security.Claims;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

public sealed class IdentityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MeType>>("me").Description("Who is asking: the person, their roles and (for a partner) the distributor.")
            .Resolve(c => Describe(c.User!));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenType>>>>("apiTokens")
            .Description("The API tokens (never the tokens themselves), newest first.")
            .Argument<IdGraphType>("distributorId", "Only this distributor's.")
            .ResolveFromDatabase(async (c, db) =>
            {
                var tokens = db.ApiTokens.AsQueryable();
                if (c.GetArgument<string?>("distributorId") is { } id)
                {
                    var key = GlobalId.ParseKey(id, "Distributor");
                    tokens = tokens.Where(t => t.DistributorId == key);
                }
                return (object?)(await tokens.OrderByDescending(t => t.Id).ToListAsync(c.CancellationToken))
                    .Select(t => new IssuedApiToken(t, null)).ToList();
            })
            .FieldType.RequireRoles(Roles.Managers);
    }

    private static Caller Describe(ClaimsPrincipal user) => new(
        GraphKamClaims.IdOf(user, GraphKamClaims.Person),
        user.Identity?.Name ?? "",
        user.FindAll("role").Select(r => r.Value).ToList(),
        GraphKamClaims.IdOf(user, GraphKamClaims.Distributor),
        user.Identity?.AuthenticationType == ApiTokens.AuthenticationType ? "api-token" : "password");
}

using System.ComponentModel;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Distributors;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Identity;

/// <summary>Who is asking, as <c>me</c> shows it.</summary>
public sealed record Caller(int? PersonId, string Name, IReadOnlyList<string> Roles, int? DistributorId, string Method);

public sealed class MeType : ObjectType<Caller>
{
    public MeType()
    {
        Name = "Me";
        Description = "The signed-in caller.";
        Field<UserType>("user").Description("The person signed in; null for an API token.").Resolve(c => c.LoadById<User>(c.Source.PersonId));
        Field<NonNullGraphType<StringGraphType>>("name").Description("The login's e-mail address, or the API token's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserRoleType>>>>("roles").Description("What the caller may do.")
            .Resolve(c => c.Source.Roles.Select(RoleNames.Parse).ToList());
        Field<DistributorType>("distributor").Description("For a partner: the distributor whose data is all it sees.")
            .Resolve(c => c.LoadById<Distributor>(c.Source.DistributorId));
        Field<NonNullGraphType<StringGraphType>>("signedInWith").Description("`password` (access token or cookie) or `api-token`.").Resolve(c => c.Source.Method);
    }
}

[Description("What an API token may do.")]
public enum ApiTokenScope
{
    [Description("Run queries and subscriptions.")] Read = 1,
    [Description("Run mutations.")] Write = 2,
}

public sealed class ApiTokenScopeType : EnumType<ApiTokenScope>;

/// <summary>An API token as shown: the secret only once, in the answer to <c>createApiToken</c>.</summary>
public sealed record IssuedApiToken(ApiToken Token, string? Secret);

public sealed class ApiTokenType : ObjectType<IssuedApiToken>
{
    public ApiTokenType()
    {
        Name = "ApiToken";
        Description = "A token a partner portal's server uses to call GraphKam as its distributor.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The token's ID (not the token).").Resolve(c => GlobalId.Encode("ApiToken", c.Source.Token.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Description("What it is for.").Resolve(c => c.Source.Token.Name);
        Field<StringGraphType>("token").Description("The token itself: shown once, when created, and never again (only its hash is kept).")
            .Resolve(c => c.Source.Secret);
        Field<DistributorType>("distributor").Description("The distributor it acts as.").Resolve(c => c.LoadById<Distributor>(c.Source.Token.DistributorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenScopeType>>>>("scopes").Description("What it may do.")
            .Resolve(c => c.Source.Token.Scopes.Select(s => Enum.Parse<ApiTokenScope>(s, ignoreCase: true)).ToList());
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was created (UTC).").Resolve(c => c.Source.Token.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who created it.").Resolve(c => c.Source.Token.CreatedBy);
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Description("When it stops working (UTC).").Resolve(c => c.Source.Token.ExpiresAt);
        Field<DateTimeGraphType>("revokedAt").Description("When it was revoked; null while it works.").Resolve(c => c.Source.Token.RevokedAt);
    }
}

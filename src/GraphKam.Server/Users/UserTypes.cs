using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Users;

public sealed class UserRoleType : EnumType<UserRole>;

public sealed class UserType : NodeGraphType<User>
{
    public UserType() : base("User", "A person in the sales organisation, e.g. the account manager who owns accounts.")
    {
        Field(u => u.Name).Description("The person's name.");
        Field(u => u.Email).Description("The person's e-mail address.");
        Field<NonNullGraphType<UserRoleType>>("role").Description("What the person does.").Resolve(c => c.Source.Role);
    }
}

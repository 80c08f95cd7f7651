using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Data;

namespace GraphKam.Server.Users;

public sealed class UserFilterInput : FilterInputType<User>
{
    public UserFilterInput() : base("Conditions on users.")
    {
        Id("id", u => u.Id, "User", "The user's ID.");
        Field("name", u => u.Name, "The user's name.");
        Field("email", u => u.Email, "The user's e-mail address.");
        Enum<UserRoleType, UserRole>("role", u => u.Role, "The user's role.");
        // Partners cannot read our people, so no filter may reach them through another type (an activity's owner).
        this.HideFieldsOfThisTypeFromRestricted();
    }
}

public sealed class UserSortInput : SortInputType<User>
{
    public UserSortInput() : base("Sort keys for users.")
    {
        Field("name", u => u.Name, "By name.");
        Field("email", u => u.Email, "By e-mail address.");
        Field("role", u => u.Role, "By role.");
        this.HideFieldsOfThisTypeFromRestricted();
    }
}

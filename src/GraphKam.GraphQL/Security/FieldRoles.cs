using GraphQL.Builders;
using GraphQL.Types;

namespace GraphKam.GraphQL.Security;

/// <summary>Fields only some roles may select, checked before execution by <see cref="AuthorizationRule"/>.</summary>
public static class FieldRoles
{
    internal const string MetadataKey = "GraphKam.Roles";

    public static FieldBuilder<TSource, TReturn> RequireRoles<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] roles)
    {
        field.FieldType.RequireRoles(roles);
        return field;
    }

    public static FieldType RequireRoles(this FieldType field, params string[] roles)
    {
        field.Metadata[MetadataKey] = roles;
        // Shown in the schema, so that a client (and Banana Cake Pop's docs) can see who may use the field.
        var who = roles.Length == 1 ? $"the role {roles[0]}" : $"one of the roles {string.Join(", ", roles)}";
        field.Description = $"{field.Description} Needs {who}.".Trim();
        return field;
    }

    /// <summary>The roles a field needs; null when it declares none.</summary>
    public static string[]? RolesOf(IFieldType field) => field.GetMetadata<string[]?>(MetadataKey);
}

using GraphKam.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Security;

/// <summary>
/// Input fields (filters, sort keys) that callers whose data scope is restricted may not use: a filter on a value
/// they cannot read (who owns an account, a hidden parent's ID) would reveal it by what it matches. Refused in
/// validation, whether the field is written in the document or sent in variables.
/// </summary>
public static class RestrictedInputFields
{
    private const string MetadataKey = "GraphKam.Restricted";

    /// <summary>Marks fields of <paramref name="type"/> as unavailable to restricted callers.</summary>
    public static void HideFromRestricted(this IInputObjectGraphType type, params string[] fields)
    {
        foreach (var name in fields)
            (type.GetField(name) ?? throw new ArgumentException($"{type.Name} has no field {name}.", nameof(fields)))
                .Metadata[MetadataKey] = true;
    }

    /// <summary>
    /// Marks every field of any input whose type is <paramref name="type"/> (filters and sort keys on people, say):
    /// a feature that adds such a field elsewhere cannot forget to restrict it. The type itself stays usable where it
    /// is an argument.
    /// </summary>
    public static void HideFieldsOfThisTypeFromRestricted(this IInputObjectGraphType type) => type.Metadata[MetadataKey] = true;

    /// <summary>Whether <paramref name="field"/> of <paramref name="parent"/> is refused (a type's own <c>and</c>/<c>or</c> are not).</summary>
    public static bool IsHiddenFromRestricted(IInputObjectGraphType parent, FieldType field) =>
        field.GetMetadata(MetadataKey, false) || field.ResolvedType?.GetNamedType() is IInputObjectGraphType named
            && named != parent && named.GetMetadata(MetadataKey, false);
}

/// <summary>Refuses <see cref="RestrictedInputFields"/> to callers whose <see cref="IDataScope"/> is restricted.</summary>
public sealed class RestrictedInputFieldsRule(bool restricted) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(restricted ? new MatchingNodeVisitor<GraphQLObjectField>((field, validation) =>
        {
            if (validation.TypeInfo.GetInputType(1)?.GetNamedType() is IInputObjectGraphType parent
                && parent.GetField(field.Name.StringValue) is { } definition
                && RestrictedInputFields.IsHiddenFromRestricted(parent, definition))
                validation.ReportError(Refusal(parent, definition));
        }) : null);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) =>
        new(restricted ? new Visitor() : null);

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    internal static ValidationError Refusal(IInputObjectGraphType type, FieldType field) =>
        new($"'{type.Name}.{field.Name}' is not available to you: it concerns data you cannot see.") { Code = ErrorCodes.AuthNotAuthorized };

    private sealed class Visitor : BaseVariableVisitor
    {
        public override ValueTask VisitFieldAsync(ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName,
            IInputObjectGraphType type, FieldType field, object? variableValue, object? parsedValue)
        {
            if (RestrictedInputFields.IsHiddenFromRestricted(type, field)) context.ReportError(Refusal(type, field));
            return default;
        }
    }
}

using System.Security.Claims;
using GraphKam.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Security;

/// <summary>
/// Who may run what, decided before anything executes (so a refused operation changes nothing):
/// an anonymous caller may only introspect; a field marked with <see cref="FieldRoles.RequireRoles{TSource,TReturn}"/>
/// needs one of its roles; a principal whose access is limited by <c>scope</c> claims (an API token) needs
/// <see cref="WriteScope"/> for mutations and <see cref="ReadScope"/> for queries and subscriptions. A mutation that
/// declares no roles needs one of <paramref name="undeclaredMutationRoles"/> (fail closed).
/// Codes follow HotChocolate: AUTH_NOT_AUTHENTICATED, AUTH_NOT_AUTHORIZED.
/// </summary>
public sealed class AuthorizationRule(ClaimsPrincipal? user, IReadOnlyList<string> undeclaredMutationRoles) : IValidationRule
{
    public const string ScopeClaim = "scope";
    public const string ReadScope = "READ";
    public const string WriteScope = "WRITE";

    private bool Authenticated => user?.Identity?.IsAuthenticated == true;

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (Authenticated && user!.FindAll(ScopeClaim).ToList() is { Count: > 0 } scopes)
        {
            var needed = context.Operation.Operation == OperationType.Mutation ? WriteScope : ReadScope;
            if (!scopes.Any(s => s.Value == needed))
                context.ReportError(new ValidationError($"This token lacks the {needed} scope.") { Code = ErrorCodes.AuthNotAuthorized });
        }
        // Only the operation that will run is judged: a document may also hold a mutation that is never executed.
        GraphQLOperationDefinition? current = null;
        return new ValueTask<INodeVisitor?>(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, _) => current = operation),
            new MatchingNodeVisitor<GraphQLFragmentDefinition>((_, _) => current = null),
            new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            var definition = validation.TypeInfo.GetFieldDef();
            if (definition == null || (current != null && current != validation.Operation)) return;
            if (!Authenticated && validation.TypeInfo.GetParentType() is { } parent && IsRoot(validation, parent) && !field.Name.Value.Span.StartsWith("__"))
                validation.ReportError(new ValidationError($"Sign in to use '{field.Name.StringValue}'.") { Code = ErrorCodes.AuthNotAuthenticated });
            else if (Authenticated && RolesFor(validation, definition) is { } roles && !roles.Any(user!.IsInRole))
                validation.ReportError(new ValidationError($"'{field.Name.StringValue}' needs one of the roles {string.Join(", ", roles)}.")
                { Code = ErrorCodes.AuthNotAuthorized });
        })));
    }

    private IReadOnlyList<string>? RolesFor(ValidationContext context, global::GraphQL.Types.FieldType field) =>
        FieldRoles.RolesOf(field) ??
        (context.TypeInfo.GetParentType() == context.Schema.Mutation && !field.Name.StartsWith("__", StringComparison.Ordinal) ? undeclaredMutationRoles : null);

    private static bool IsRoot(ValidationContext context, global::GraphQL.Types.IGraphType parent) =>
        parent == context.Schema.Query || parent == context.Schema.Mutation || parent == context.Schema.Subscription;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}

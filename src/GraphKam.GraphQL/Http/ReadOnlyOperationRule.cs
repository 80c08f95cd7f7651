using GraphKam.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Http;

/// <summary>
/// GraphQL-over-HTTP §GET: "GET requests MUST NOT be used for executing mutation operations … the server MUST
/// respond with error status code 405". Reported as a validation error, so that nothing executes; the HTTP
/// endpoint turns its code into the status.
/// </summary>
/// <param name="allowSubscriptions">For GET over server-sent events (the browser's EventSource can only GET).</param>
public sealed class ReadOnlyOperationRule(bool allowSubscriptions = false) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation.Operation;
        if (operation != OperationType.Query && !(allowSubscriptions && operation == OperationType.Subscription))
            context.ReportError(new ValidationError($"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}

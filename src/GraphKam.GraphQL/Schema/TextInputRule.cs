using GraphKam.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// Refuses text the server does not store (see <see cref="TextRules"/>) wherever it enters: string literals in the
/// document and string values of variables, at any depth of input objects and lists. One rule for every field and
/// mutation, so none can forget it; the error is <c>INVALID_TEXT</c> and nothing runs.
/// </summary>
public sealed class TextInputRule : IValidationRule
{
    public static readonly TextInputRule Instance = new();

    private static readonly INodeVisitor Literals = new MatchingNodeVisitor<GraphQLStringValue>((literal, context) =>
    {
        if (TextRules.Problem(literal.Value.Span) is { } problem)
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"Text may not contain {problem}.", literal)
            {
                Code = ErrorCodes.InvalidText,
            });
    });

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Literals);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) =>
        new(VariableText.Instance);

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private sealed class VariableText : IVariableVisitor
    {
        public static readonly VariableText Instance = new();

        public ValueTask VisitScalarAsync(ValidationContext context, GraphQLVariableDefinition variable,
            VariableName variableName, ScalarGraphType type, object? variableValue, object? parsedValue)
        {
            if (variableValue is string text && TextRules.Problem(text) is { } problem)
                context.ReportError(new ValidationError(context.Document.Source, null,
                    $"Variable `${variableName}`: text may not contain {problem}.", variable)
                {
                    Code = ErrorCodes.InvalidText,
                });
            return default;
        }

        public ValueTask VisitListAsync(ValidationContext context, GraphQLVariableDefinition variable,
            VariableName variableName, ListGraphType type, object? variableValue, IList<object?>? parsedValue) =>
            default;

        public ValueTask VisitObjectAsync(ValidationContext context, GraphQLVariableDefinition variable,
            VariableName variableName, IInputObjectGraphType type, object? variableValue, object? parsedValue) =>
            default;

        public ValueTask VisitFieldAsync(ValidationContext context, GraphQLVariableDefinition variable,
            VariableName variableName, IInputObjectGraphType type, FieldType field, object? variableValue,
            object? parsedValue) => default;
    }
}

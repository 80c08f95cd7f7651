using GraphQL;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Sorting;

/// <summary>
/// The field names of an input object in the order the client wrote them, with the same for nested objects.
/// GraphQL.NET coerces input objects into the schema's field order; a sort object such as
/// <c>{ region: ASC, name: DESC }</c> means "by region, then by name", so that order is read back from the
/// document, or from the variables as they arrived (JSON objects keep their order when parsed).
/// </summary>
public sealed class WrittenFields
{
    private readonly List<(string Name, WrittenFields? Nested)> _fields;

    private WrittenFields(IEnumerable<(string Name, WrittenFields? Nested)> fields) => _fields = fields.ToList();

    /// <summary>Where the client wrote <paramref name="name"/>; after every written field when it did not.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < _fields.Count; i++)
            if (_fields[i].Name == name) return i;
        return int.MaxValue;
    }

    public WrittenFields? Nested(string name) => _fields.FirstOrDefault(f => f.Name == name).Nested;

    /// <summary>
    /// For each item of the list argument <paramref name="argument"/> (a lone object counts as a list of one): its
    /// written fields, or null where the client's order cannot be known.
    /// </summary>
    public static IReadOnlyList<WrittenFields?> OfListArgument(IResolveFieldContext context, string argument)
    {
        var reader = new Reader(context);
        return context.FieldAst.Arguments?.ValueFor(argument) is { } value ? reader.Items(value) : [];
    }

    private sealed class Reader(IResolveFieldContext context)
    {
        private readonly Inputs? _variables = context.ExecutionContext.ExecutionOptions.Variables;

        public IReadOnlyList<WrittenFields?> Items(GraphQLValue value) => value switch
        {
            GraphQLListValue list => list.Values?.Select(Of).ToList() ?? [],
            GraphQLVariable variable => Variable(variable) switch
            {
                GraphQLValue defaultValue => Items(defaultValue),
                IDictionary<string, object?> item => [FromVariables(item)],
                System.Collections.IEnumerable items and not string =>
                    items.Cast<object?>().Select(FromVariables).ToList(),
                _ => [],
            },
            _ => [Of(value)],
        };

        private WrittenFields? Of(GraphQLValue value) => value switch
        {
            GraphQLObjectValue written => new(written.Fields?.Select(f => (f.Name.StringValue, Of(f.Value))) ?? []),
            GraphQLVariable variable => Variable(variable) is GraphQLValue defaultValue ? Of(defaultValue)
                : FromVariables(Variable(variable)),
            _ => null,
        };

        private static WrittenFields? FromVariables(object? value) =>
            value is IDictionary<string, object?> fields
                ? new(fields.Select(f => (f.Key, FromVariables(f.Value))))
                : null;

        /// <summary>The variable's value as sent, or its default value in the document when it was not sent.</summary>
        private object? Variable(GraphQLVariable variable)
        {
            var name = variable.Name.StringValue;
            if (_variables != null && _variables.TryGetValue(name, out var sent)) return sent;
            return context.Operation.Variables?.Items.FirstOrDefault(d => d.Variable.Name == name)?.DefaultValue;
        }
    }
}

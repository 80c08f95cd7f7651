using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// A parsed document within the limits, and the operations of it that passed every validation rule once. Passing is
/// remembered for the rules that read only the document and the schema (GraphQL.NET's core rules
/// and the introspection switch); the rules that depend on the caller, the transport or the variables (authorization,
/// restricted inputs, text in variables, read-only GET, cost and its rate) run on every request.
/// </summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    private readonly ConcurrentDictionary<string, bool> _validated = new(StringComparer.Ordinal);

    /// <summary>The syntax tree, shared by every request that sends the text: never changed after parsing.</summary>
    public GraphQLDocument Document { get; } = document;

    public bool IsValidated(string? operationName) => _validated.ContainsKey(operationName ?? "");

    public void MarkValidated(string? operationName) => _validated.TryAdd(operationName ?? "", true);
}

using System.Globalization;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Http;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// The first check of every document, on every transport and for every caller: its size and shape against the
/// limits of <see cref="GraphQLServerOptions"/>, before it is validated or runs. Each refusal has its own code.
/// The cost of this check is linear in the document's length, so a hostile document is refused in microseconds.
/// </summary>
public sealed class DocumentGate(ISchema schema, IOptions<GraphQLServerOptions> options)
{
    private readonly Lazy<IntrospectionBudget> _introspection = new(() => new IntrospectionBudget(schema));

    /// <summary>
    /// The parsed document when it is within the limits, or the reason it is refused. Both are null when the document
    /// does not parse: GraphQL.NET then reports the syntax error as it always does.
    /// </summary>
    public (GraphQLDocument? Document, ExecutionError? Refusal) Check(string query)
    {
        var limits = options.Value;
        if (TokenCounter.Exceeds(query, limits.MaxTokens))
            return Refuse(ErrorCodes.TokenLimit, $"The document has more than {limits.MaxTokens} tokens.", limits.MaxTokens);
        GraphQLDocument document;
        try { document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments }); }
        catch (GraphQLParserException) { return (null, null); }

        var shape = new DocumentShape(document, _introspection.Value.Sizes);
        if (limits.MaxFields > 0 && shape.Fields() > limits.MaxFields)
            return Refuse(ErrorCodes.FieldLimit, $"The document selects more than {limits.MaxFields} fields (fragments counted where they are spread).", limits.MaxFields);
        if (limits.MaxAliases > 0 && shape.Aliases() > limits.MaxAliases)
            return Refuse(ErrorCodes.AliasLimit, $"The document has more than {limits.MaxAliases} aliases.", limits.MaxAliases);
        if (limits.MaxRepeatedFields > 0 && shape.MostRepeated() is var (name, count) && count > limits.MaxRepeatedFields)
            return Refuse(ErrorCodes.RepeatedFieldLimit, $"`{name}` appears {count} times in one selection set; at most {limits.MaxRepeatedFields} are allowed.", limits.MaxRepeatedFields);
        if (limits.MaxDirectivesPerLocation > 0 && shape.MostDirectives() > limits.MaxDirectivesPerLocation)
            return Refuse(ErrorCodes.DirectiveLimit, $"A field, fragment or operation has more than {limits.MaxDirectivesPerLocation} directives.", limits.MaxDirectivesPerLocation);
        if (limits.MaxIntrospectionWork > 0 && shape.IntrospectionWork() / _introspection.Value.WholeSchema is var reads && reads > limits.MaxIntrospectionWork)
            return Refuse(ErrorCodes.IntrospectionLimit, string.Create(CultureInfo.InvariantCulture,
                $"The document introspects about {reads:0.#} times the whole schema; at most {limits.MaxIntrospectionWork} is allowed."), limits.MaxIntrospectionWork);
        return (document, null);
    }

    private static (GraphQLDocument?, ExecutionError?) Refuse(string code, string message, double limit) =>
        (null, new CodedError(code, message, new Dictionary<string, object?> { ["limit"] = limit }));
}

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
            return Refuse(ErrorCodes.TokenLimit, $"The document has more than {limits.MaxTokens} tokens.",
                limits.MaxTokens);
        GraphQLDocument document;
        try
        {
            var parsing = new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxNesting };
            document = Parser.Parse(query, parsing);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse(ErrorCodes.NestingLimit, $"The document nests deeper than {MaxNesting} levels.", MaxNesting);
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }
        var refusal = ShapeRefusal(new DocumentShape(document, _introspection.Value.Sizes), limits);
        return refusal == null ? (document, null) : (null, refusal);
    }

    private CodedError? ShapeRefusal(DocumentShape shape, GraphQLServerOptions limits)
    {
        if (limits.MaxFields > 0 && shape.Fields() > limits.MaxFields)
            return Refusal(ErrorCodes.FieldLimit,
                $"The document selects more than {limits.MaxFields} fields (fragments counted where spread).",
                limits.MaxFields);
        if (limits.MaxAliases > 0 && shape.Aliases() > limits.MaxAliases)
            return Refusal(ErrorCodes.AliasLimit, $"The document has more than {limits.MaxAliases} aliases.",
                limits.MaxAliases);
        var (name, count) = shape.MostRepeated();
        if (limits.MaxRepeatedFields > 0 && count > limits.MaxRepeatedFields)
            return Refusal(ErrorCodes.RepeatedFieldLimit,
                $"`{name}` appears {count} times in one selection set; at most {limits.MaxRepeatedFields} are allowed.",
                limits.MaxRepeatedFields);
        if (limits.MaxDirectivesPerLocation > 0 && shape.MostDirectives() > limits.MaxDirectivesPerLocation)
            return Refusal(ErrorCodes.DirectiveLimit,
                $"A field, fragment or operation has more than {limits.MaxDirectivesPerLocation} directives.",
                limits.MaxDirectivesPerLocation);
        var reads = shape.IntrospectionWork() / _introspection.Value.WholeSchema;
        if (limits.MaxIntrospectionWork > 0 && reads > limits.MaxIntrospectionWork)
            return Refusal(ErrorCodes.IntrospectionLimit,
                $"The document introspects about {reads.ToString("0.#", CultureInfo.InvariantCulture)} times the whole "
                + $"schema; at most {limits.MaxIntrospectionWork.ToString(CultureInfo.InvariantCulture)} is allowed.",
                limits.MaxIntrospectionWork);
        return null;
    }

    /// <summary>The parser's own bound on nesting (selections, values and types), refused with its own code.</summary>
    public const int MaxNesting = 128;

    private static (GraphQLDocument?, ExecutionError?) Refuse(string code, string message, double limit) =>
        (null, Refusal(code, message, limit));

    private static CodedError Refusal(string code, string message, double limit) =>
        new(code, message, new Dictionary<string, object?> { ["limit"] = limit });
}

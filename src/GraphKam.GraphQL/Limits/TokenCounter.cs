using GraphQLParser;
using GraphQLParser.Exceptions;

namespace GraphKam.GraphQL.Limits;

/// <summary>Counts a document's lexical tokens without parsing it, and stops as soon as there are too many.</summary>
internal static class TokenCounter
{
    /// <summary>
    /// Whether <paramref name="query"/> has more than <paramref name="max"/> tokens. A document the lexer cannot read
    /// is not "too long": the parser reports its syntax error as usual.
    /// </summary>
    public static bool Exceeds(string query, int max)
    {
        if (max <= 0) return false;
        ROM source = query;
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF) return false;
                if (++count > max) return true;
                position = token.End;
            }
        }
        catch (GraphQLParserException)
        {
            return false;
        }
    }
}

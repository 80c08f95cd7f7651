using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// The <c>String</c> scalar, replacing the built-in one: every text input is brought to Unicode NFC, so that text is
/// stored and searched in one form (an accented letter typed as one character or as letter plus accent is the same
/// text). Characters text may not contain are refused by <see cref="TextInputRule"/> before anything runs.
/// </summary>
[DoNotRegister] // built by the schema, not by the container
public sealed class TextGraphType : StringGraphType
{
    public TextGraphType()
    {
        Name = "String"; // the name, not the CLR type, makes it replace the built-in scalar
        Description = "Text, as UTF-8. Input is kept in Unicode NFC; control characters other than tab and line "
            + "breaks, and bidirectional overrides and isolates, are refused (`INVALID_TEXT`).";
    }

    public override object? ParseLiteral(GraphQLValue value) => Normalized(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Normalized(base.ParseValue(value));

    // Text with refused characters stays as it is (the rule reports it); normalising it could even throw.
    private static object? Normalized(object? value) =>
        value is string text && TextRules.Problem(text) == null && !text.IsNormalized(NormalizationForm.FormC)
            ? text.Normalize(NormalizationForm.FormC)
            : value;
}

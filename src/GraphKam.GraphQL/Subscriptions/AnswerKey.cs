using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// Everything besides the event that decides a subscription's answer to it: who asks (every claim of every identity,
/// so one login's one session), what (document, operation, variables, extensions) and the rows it may see (the data
/// scope). Subscriptions with equal keys get equal answers, so one execution can serve them all
/// (<see cref="SharedAnswers"/>). The key is a SHA-256 of those parts, each written with its length so that no two
/// different requests write the same text: 64 characters per subscription, however long the document.
/// </summary>
public static class AnswerKey
{
    /// <summary>The key, or null when a variable holds a kind of value this cannot write exactly (then nothing is shared).</summary>
    public static string? Of(GraphQLRequest request, ClaimsPrincipal? user, string? dataScope)
    {
        var text = new StringBuilder();
        Write(text, request.Query);
        Write(text, request.OperationName);
        Write(text, dataScope);
        foreach (var identity in user?.Identities ?? [])
        {
            text.Append('I');
            Write(text, identity.AuthenticationType);
            foreach (var claim in identity.Claims)
            {
                text.Append('C');
                Write(text, claim.Type);
                Write(text, claim.Value);
                Write(text, claim.ValueType);
                Write(text, claim.Issuer);
            }
        }
        if (!WriteValue(text.Append('V'), request.Variables) || !WriteValue(text.Append('E'), request.Extensions)) return null;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Write(StringBuilder text, string? value)
    {
        if (value == null) text.Append('~');
        else text.Append(value.Length).Append(':').Append(value);
    }

    // The kinds GraphQL.NET's JSON reader gives variables; anything else makes the request not shared.
    private static bool WriteValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('n');
                return true;
            case string s:
                Write(text.Append('s'), s);
                return true;
            case bool b:
                text.Append(b ? 't' : 'f');
                return true;
            case int or long or uint or ulong or short or ushort or byte or sbyte or decimal or double or float or BigInteger:
                Write(text.Append('d').Append(value.GetType().Name), Convert.ToString(value, CultureInfo.InvariantCulture));
                return true;
            case JsonElement element:
                Write(text.Append('j'), element.GetRawText());
                return true;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                text.Append('{');
                foreach (var (name, field) in fields)
                    if (!WriteValue(Name(text, name), field)) return false;
                text.Append('}');
                return true;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                    if (!WriteValue(text.Append(','), item)) return false;
                text.Append(']');
                return true;
            default:
                return false;
        }
    }

    private static StringBuilder Name(StringBuilder text, string name)
    {
        Write(text.Append('.'), name);
        return text;
    }
}

using GraphQL;

namespace GraphKam.GraphQL.Errors;

/// <summary>
/// An error the client caused, reported with a stable <c>extensions.code</c>.
/// GraphQL.NET passes <see cref="ExecutionError"/>s thrown by resolvers through unchanged,
/// so throwing one nulls the field and reports exactly this message and code.
/// </summary>
public class CodedError : ExecutionError
{
    public CodedError(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
        : base(message)
    {
        Code = code;
        if (details == null) return;
        foreach (var (key, value) in details) Data[key] = value;
    }
}

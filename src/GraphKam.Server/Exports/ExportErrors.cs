using GraphKam.GraphQL.Errors;
using GraphQL;

namespace GraphKam.Server.Exports;

/// <summary>Why an export was refused before it ran: an HTTP status and a GraphQL-style error with its code.</summary>
public sealed record ExportRefusal(int Status, IReadOnlyList<ExecutionError> Errors)
{
    public const string TooLarge = "EXPORT_TOO_LARGE";
    public const string UnknownList = "UNKNOWN_LIST";
    public const string UnknownFormat = "UNKNOWN_FORMAT";
    public const string InvalidParameter = "INVALID_PARAMETER";

    public static ExportRefusal Of(int status, string code, string message) =>
        new(status, [new ExecutionError(message) { Code = code }]);

    public static ExportRefusal NoSuchList(string list, IEnumerable<string> lists) => Of(StatusCodes.Status404NotFound, UnknownList,
        $"There is no list '{list}' to export; lists: {string.Join(", ", lists)}.");

    public static ExportRefusal BadParameter(string message) => Of(StatusCodes.Status400BadRequest, InvalidParameter, message);

    /// <summary>The status of a GraphQL answer without data, as <c>/graphql</c> gives it.</summary>
    public static int StatusOf(IEnumerable<ExecutionError> errors)
    {
        var codes = errors.Select(e => e.Code).ToList();
        if (codes.Count > 0 && codes.All(c => c == ErrorCodes.AuthNotAuthenticated)) return StatusCodes.Status401Unauthorized;
        if (codes.Count > 0 && codes.All(c => c is ErrorCodes.AuthNotAuthenticated or ErrorCodes.AuthNotAuthorized))
            return StatusCodes.Status403Forbidden;
        if (codes.Contains(ErrorCodes.RateLimited)) return StatusCodes.Status429TooManyRequests;
        return StatusCodes.Status400BadRequest;
    }
}

using GraphQL;
using GraphQL.Execution;

namespace GraphKam.GraphQL.Errors;

/// <summary>
/// Formats errors for clients. Request errors (syntax, validation, variables) and the errors we raise on purpose
/// keep their message and code; an exception that escaped a resolver becomes <c>INTERNAL_ERROR</c> with a neutral
/// message and the correlation ID it was logged under, so that no exception type, stack trace or SQL reaches a client
/// outside Development.
/// </summary>
public sealed class SafeErrorInfoProvider(bool exposeDetails) : ErrorInfoProvider(options =>
{
    options.ExposeExceptionDetails = exposeDetails;
    options.ExposeData = true;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        info.Message = InputEcho.InMessage(info.Message);
        if (!IsUnexpected(executionError)) return info;
        var correlationId = CorrelationId.Of(executionError);
        if (exposeDetails)
        {
            if (correlationId != null) (info.Extensions ??= new Dictionary<string, object?>())["correlationId"] = correlationId;
            return info;
        }
        return new ErrorInfo
        {
            Message = "An unexpected error occurred on the server. It has been logged"
                + (correlationId == null ? "." : $" under correlation ID {correlationId}."),
            Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError, ["correlationId"] = correlationId },
        };
    }

    /// <summary>Whether the client sees this error as <c>INTERNAL_ERROR</c> (outside Development).</summary>
    public static bool IsUnexpected(ExecutionError error) => error switch
    {
        // A document error is about what the client sent (e.g. a variable that does not convert), even when an
        // exception from the conversion is attached to it.
        RequestError or DocumentError or TimeoutError => false,
        UnhandledError { InnerException: ExecutionError or OperationCanceledException } => false,
        UnhandledError => true,
        _ => error.InnerException is not null and not ExecutionError,
    };
}

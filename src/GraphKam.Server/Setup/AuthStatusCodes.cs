using GraphKam.GraphQL.Errors;

namespace GraphKam.Server.Setup;

/// <summary>The code and words of an <c>/auth</c> error that ASP.NET Core answered with a bare status.</summary>
public static class AuthStatusCodes
{
    public static string Of(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ErrorCodes.AuthNotAuthenticated,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        < 500 => ErrorCodes.InvalidRequest,
        _ => ErrorCodes.InternalError,
    };

    public static string MessageOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Sign in first.",
        StatusCodes.Status404NotFound => "There is no such /auth endpoint.",
        StatusCodes.Status405MethodNotAllowed => "Use POST.",
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {ErrorResponses.MaxAuthBodyBytes} bytes.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "Too many requests: try again later.",
        < 500 => "The request could not be read: send a JSON object of the documented shape.",
        _ => "The server could not answer the request.",
    };
}

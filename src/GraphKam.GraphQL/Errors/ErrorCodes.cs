namespace GraphKam.GraphQL.Errors;

/// <summary>The stable values of <c>extensions.code</c> that this library reports; clients switch on them.</summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSort = "INVALID_SORT";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string InvalidInput = "INVALID_INPUT";
    public const string InternalError = "INTERNAL_ERROR";

    // Transport-level errors: the request never reached execution.
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    // Who may do what (HotChocolate's names).
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";

    // Abuse resistance: documents refused before validation, filters too big to translate, callers over their rate.
    public const string TokenLimit = "TOKEN_LIMIT";
    public const string NestingLimit = "NESTING_LIMIT";
    public const string FieldLimit = "FIELD_LIMIT";
    public const string AliasLimit = "ALIAS_LIMIT";
    public const string RepeatedFieldLimit = "REPEATED_FIELD_LIMIT";
    public const string DirectiveLimit = "DIRECTIVE_LIMIT";
    public const string IntrospectionLimit = "INTROSPECTION_LIMIT";
    public const string FilterTooLarge = "FILTER_TOO_LARGE";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string InvalidText = "INVALID_TEXT";

    // Streams.
    public const string SubscriptionOverflow = "SUBSCRIPTION_OVERFLOW";
    public const string StreamRequired = "STREAM_REQUIRED";
    public const string SubscriptionLimit = "SUBSCRIPTION_LIMIT";
}

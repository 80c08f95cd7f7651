using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Paging;

/// <summary>Relay's <c>first/after/last/before</c>, checked: page sizes are bounded and first/last are exclusive.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int StandardDefaultPageSize = 50;
    public const int StandardMaxPageSize = 500;

    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given (configurable).</summary>
    public int DefaultPageSize { get; init; } = StandardDefaultPageSize;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted (configurable).</summary>
    public int MaxPageSize { get; init; } = StandardMaxPageSize;

    /// <summary><c>last</c> pages backwards from the end (or from <c>before</c>).</summary>
    public bool Backward => Last != null;

    public int Size => First ?? Last ?? DefaultPageSize;

    public PagingArguments Validate()
    {
        if (First != null && Last != null)
            throw new CodedError(ErrorCodes.InvalidPagingArguments, "Pass either `first` or `last`, not both.");
        if (First < 0 || Last < 0)
            throw new CodedError(ErrorCodes.InvalidPagingArguments, "`first` and `last` cannot be negative.");
        if (Size > MaxPageSize)
            throw new CodedError(ErrorCodes.PageSizeExceeded, $"At most {MaxPageSize} items can be requested per page; {Size} were asked for.",
                new Dictionary<string, object?> { ["maxPageSize"] = MaxPageSize });
        return this;
    }
}

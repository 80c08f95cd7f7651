namespace GraphKam.GraphQL.Errors;

/// <summary>
/// The identifier an unexpected failure is logged under and reported to the client with
/// (<c>extensions.correlationId</c>), so that a user's report leads to the log entry without the client ever
/// seeing the exception.
/// </summary>
public static class CorrelationId
{
    private const string DataKey = "GraphKam.CorrelationId";

    /// <summary>A new identifier, remembered on the exception.</summary>
    public static string Assign(Exception exception)
    {
        var id = Guid.NewGuid().ToString("N");
        exception.Data[DataKey] = id;
        return id;
    }

    /// <summary>The identifier given to <paramref name="exception"/> or the exception it wraps, if any.</summary>
    public static string? Of(Exception? exception)
    {
        for (var current = exception; current != null; current = current.InnerException)
            if (current.Data[DataKey] is string id) return id;
        return null;
    }
}

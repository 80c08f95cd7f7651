using System.Globalization;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Mutations;

/// <summary>Typed reads from a parsed input object (GraphQL.NET hands input objects over as dictionaries).</summary>
public static class InputReading
{
    /// <summary>A field the schema makes required or gives a default: always present.</summary>
    public static T Required<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw new CodedError(ErrorCodes.InvalidInput, $"`{name}` is required.");

    /// <summary>An optional field: its value, or the default when absent or null.</summary>
    public static T? Get<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : default;

    /// <summary>A list field of parsed items (e.g. input objects); null when absent or null.</summary>
    public static List<T>? GetList<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is System.Collections.IEnumerable items and not string ? items.Cast<T>().ToList() : null;

    /// <summary>An ID field; IDs may arrive as strings or as integer literals.</summary>
    public static string? GetId(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? AsId(value) : null;

    /// <summary>A required ID field.</summary>
    public static string RequiredId(this IDictionary<string, object?> input, string name) =>
        input.GetId(name) ?? throw new CodedError(ErrorCodes.InvalidInput, $"`{name}` is required.");

    /// <summary>A field of a partial update, keeping whether the client sent it at all.</summary>
    public static Optional<T> Read<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? new Optional<T>(true, (T)value!) : Optional<T>.Unset;

    /// <summary>An ID field of a partial update.</summary>
    public static Optional<string?> ReadId(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? new Optional<string?>(true, AsId(value)) : Optional<string?>.Unset;

    private static string? AsId(object? value) => value switch
    {
        null => null,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

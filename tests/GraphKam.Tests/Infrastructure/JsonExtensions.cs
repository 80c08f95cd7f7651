using System.Text.Json;

namespace GraphKam.Tests.Infrastructure;

public static class JsonExtensions
{
    /// <summary>Follows a path such as <c>accounts.nodes</c> through a JSON object.</summary>
    public static JsonElement At(this JsonElement element, string path) =>
        path.Split('.').Aggregate(element, (current, name) => current.GetProperty(name));

    public static List<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();

    /// <summary>An array of strings (e.g. enum values) as a list.</summary>
    public static List<string> Texts(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}

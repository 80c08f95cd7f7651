using System.Collections.Concurrent;
using System.Security.Claims;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// The operation names that may label spans and metrics. Clients choose them, so a flood of made-up names could
/// grow every metric without bound: only well-formed names of modest length count, and only the first
/// <see cref="MaxDistinct"/> of them; every other operation is reported as <c>(other)</c>, and one without a name
/// as <c>(anonymous)</c>. Only callers <see cref="MayAdmit"/> trusts add names (by default signed-in ones): otherwise
/// anybody could fill the slots with names of their choosing, which the admin view would then show.
/// </summary>
public static class OperationLabels
{
    public const int MaxDistinct = 500;
    public const int MaxLength = 64;
    public const string Anonymous = "(anonymous)";
    public const string Other = "(other)";

    private static readonly ConcurrentDictionary<string, byte> Known = new(StringComparer.Ordinal);

    /// <summary>Whose operation names may take one of the slots; set once at start-up by the application.</summary>
    public static Func<ClaimsPrincipal?, bool> MayAdmit { get; set; } = user => user?.Identity?.IsAuthenticated == true;

    public static string For(string? operationName, ClaimsPrincipal? user)
    {
        if (string.IsNullOrEmpty(operationName)) return Anonymous;
        if (operationName.Length > MaxLength || !IsName(operationName)) return Other;
        if (Known.ContainsKey(operationName)) return operationName;
        if (Known.Count >= MaxDistinct || !MayAdmit(user)) return Other;
        Known.TryAdd(operationName, 0);
        return operationName;
    }

    // The GraphQL name grammar: a letter or underscore, then letters, digits or underscores (ASCII only).
    private static bool IsName(string name) =>
        !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

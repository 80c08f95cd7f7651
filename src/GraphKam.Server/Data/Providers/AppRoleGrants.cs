using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// On PostgreSQL the instances should connect as a role that does not own the tables (the owner is exempt from
/// row-level security): <c>migrate</c>, run as the owner, grants that role what the application needs and nothing
/// more (<c>GraphKam:Database:AppRole</c>): rows, not tables.
/// </summary>
public static partial class AppRoleGrants
{
    public const string Setting = "GraphKam:Database:AppRole";

    public static async Task GrantAsync(GraphKamDbContext db, string role, CancellationToken cancellationToken)
    {
        if (!RoleName().IsMatch(role))
            throw new InvalidOperationException(
                $"{Setting} must be a plain role name (letters, digits, _), not '{role}'.");
        // The name is checked above: it cannot be a parameter in GRANT.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"""
            GRANT USAGE ON SCHEMA public TO "{role}";
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}";
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}";
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO "{role}";
            """, cancellationToken);
#pragma warning restore EF1002
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}

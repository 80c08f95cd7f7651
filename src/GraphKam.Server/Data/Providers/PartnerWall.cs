using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Lifts PostgreSQL's row-level security wall for a partner's context while a rule that must judge the whole company
/// runs: the channel-conflict checks a partner's write triggers have to see the deals and claims the partner cannot,
/// or they would clear conflicts that still hold. Those rules skip the query filters the same way
/// (IgnoreQueryFilters) and never hand what they read to the partner. On SQLite, and for staff, it does nothing.
/// </summary>
public static class PartnerWall
{
    /// <summary>Reads past the wall until the returned scope is disposed, inside the current transaction if any.</summary>
    public static async Task<IAsyncDisposable> LiftAsync(GraphKamDbContext db, CancellationToken cancellationToken)
    {
        if (db.PartnerId is not { } partner || db.PartnerWallLifted || !db.Database.IsNpgsql()) return Unlifted.Instance;
        db.PartnerWallLifted = true;
        // Statements outside a transaction get no setting while the flag is up; inside one it was set at its start.
        if (db.Database.CurrentTransaction != null)
        {
            await SetAsync(db, "", cancellationToken);
        }

        return new Lifted(db, partner);
    }

    private static Task<int> SetAsync(GraphKamDbContext db, string value, CancellationToken cancellationToken) =>
        // set_config(…, true) is SET LOCAL with parameters: it ends with the transaction.
        db.Database.ExecuteSqlAsync(
            $"SELECT set_config({PostgreSqlPartnerSetting.Setting}, {value}, true)", cancellationToken);

    private sealed class Lifted(GraphKamDbContext db, int partner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            db.PartnerWallLifted = false;
            if (db.Database.CurrentTransaction == null) return;
            try
            {
                await SetAsync(db, partner.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InFailedSqlTransaction)
            {
                // The transaction failed inside the rule and can only be rolled back: nothing more runs in it.
            }
        }
    }

    private sealed class Unlifted : IAsyncDisposable
    {
        public static readonly Unlifted Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

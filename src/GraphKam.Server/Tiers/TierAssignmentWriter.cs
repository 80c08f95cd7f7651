using System.Data.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphKam.Server.Tiers;

/// <summary>
/// Writes many assignments and their history in one transaction with two prepared statements: EF Core's change
/// tracker would spend seconds on 100,000 rows. The upsert syntax (ON CONFLICT … DO UPDATE) is the same in SQLite
/// and PostgreSQL.
/// </summary>
internal static class TierAssignmentWriter
{
    private const string Upsert = """
        INSERT INTO "AccountTiers" ("AccountId", "PolicyId", "Score", "TierCode", "TierRank", "VisitIntervalDays", "ReviewIntervalDays",
            "DedicatedManager", "ComputedTierCode", "OverrideTierCode", "OverrideReason", "OverrideExpiresAt", "OverrideSetBy", "OverrideSetAt", "UpdatedAt")
        VALUES (@account, @policy, @score, @tier, @rank, @visit, @review, @dedicated, @computed, @overrideTier, @overrideReason, @overrideExpires, @overrideBy, @overrideAt, @updated)
        ON CONFLICT ("AccountId", "PolicyId") DO UPDATE SET "Score" = excluded."Score", "TierCode" = excluded."TierCode",
            "TierRank" = excluded."TierRank", "VisitIntervalDays" = excluded."VisitIntervalDays",
            "ReviewIntervalDays" = excluded."ReviewIntervalDays", "DedicatedManager" = excluded."DedicatedManager",
            "ComputedTierCode" = excluded."ComputedTierCode", "OverrideTierCode" = excluded."OverrideTierCode",
            "OverrideReason" = excluded."OverrideReason", "OverrideExpiresAt" = excluded."OverrideExpiresAt",
            "OverrideSetBy" = excluded."OverrideSetBy", "OverrideSetAt" = excluded."OverrideSetAt", "UpdatedAt" = excluded."UpdatedAt"
        """;

    private const string Record = """
        INSERT INTO "TierChanges" ("AccountId", "PolicyId", "FromCode", "ToCode", "Score", "Reason", "ChangedAt", "ChangedBy")
        VALUES (@account, @policy, @from, @to, @score, @reason, @at, @by)
        """;

    public static async Task WriteAsync(GraphKamDbContext db, IReadOnlyList<(AccountTier Assignment, TierChange? Change)> writes,
        CancellationToken cancellationToken)
    {
        if (writes.Count == 0) return;
        // Join the caller's transaction (a mutation that also changed the account), or make one.
        await using var owned = db.Database.CurrentTransaction == null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        await using var upsert = Command(connection, transaction, Upsert,
            "account", "policy", "score", "tier", "rank", "visit", "review", "dedicated", "computed", "overrideTier", "overrideReason", "overrideExpires", "overrideBy", "overrideAt", "updated");
        await using var record = Command(connection, transaction, Record, "account", "policy", "from", "to", "score", "reason", "at", "by");
        foreach (var (a, change) in writes)
        {
            await Run(upsert, cancellationToken, a.AccountId, a.PolicyId, a.Score, a.TierCode, a.TierRank, a.VisitIntervalDays,
                a.ReviewIntervalDays, a.DedicatedManager, a.ComputedTierCode, a.OverrideTierCode, a.OverrideReason, a.OverrideExpiresAt, a.OverrideSetBy, a.OverrideSetAt, a.UpdatedAt);
            if (change != null)
                await Run(record, cancellationToken, change.AccountId, change.PolicyId, change.FromCode, change.ToCode, change.Score,
                    change.Reason, change.ChangedAt, change.ChangedBy);
        }
        if (owned != null) await owned.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static Task<int> Run(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}

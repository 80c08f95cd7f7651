using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Every transaction begins by taking one advisory lock, so write transactions run one after the other across all
/// instances, as SQLite's immediate transactions do on one file. The rules that read before they write (no loop in
/// an org chart, one open conflict per situation, a refresh token spent once) then hold on PostgreSQL exactly as
/// they do on SQLite; reads never take it, and they are what several instances multiply.
/// </summary>
public sealed class PostgreSqlWriteLock : DbTransactionInterceptor
{
    private static readonly string TakeLock =
        $"SELECT pg_advisory_xact_lock({ClusterLocks.Writes.ToString(CultureInfo.InvariantCulture)})";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection,
        TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = TakeLock;
        return command;
    }
}

using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Tells PostgreSQL which partner a context serves, for the row-level security policies (the second wall behind the
/// query filters): <c>SET LOCAL graphkam.partner_id</c>, which lasts for one transaction only, so a pooled
/// connection never carries it to another caller. A transaction sets it when it begins; a statement outside one
/// (a read) runs in a transaction of its own, with the setting sent just before it in the same round trip.
/// Contexts of staff and of the system set nothing, and the policies then let every row through.
/// </summary>
public sealed class PostgreSqlPartnerSetting : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Setting = "graphkam.partner_id";

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result)
    {
        if (SetLocal(eventData.Context) is not { } sql) return result;
        using var command = Command(connection, result, sql);
        command.ExecuteNonQuery();
        return result;
    }

    public async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection,
        TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (SetLocal(eventData.Context) is not { } sql) return result;
        await using var command = Command(connection, result, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    // Inside a transaction the setting is already there; statements without one get it in the same implicit
    // transaction (one round trip, one Sync), which is what SET LOCAL needs.
    private static void Prefix(DbCommand command, CommandEventData eventData)
    {
        if (command.Transaction == null && SetLocal(eventData.Context) is { } sql)
            command.CommandText = sql + "\n" + command.CommandText;
    }

    private static string? SetLocal(Microsoft.EntityFrameworkCore.DbContext? context) =>
        context is GraphKamDbContext { PartnerId: { } partner, PartnerWallLifted: false }
            ? $"SET LOCAL {Setting} = '{partner.ToString(CultureInfo.InvariantCulture)}';"
            : null;

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

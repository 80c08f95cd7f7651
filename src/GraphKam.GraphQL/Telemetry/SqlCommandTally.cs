using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>Counts each SQL command towards the operation that runs it (<see cref="OperationTelemetry.Current"/>).</summary>
public sealed class SqlCommandTally : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        OperationTelemetry.Current?.SqlCommand();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        OperationTelemetry.Current?.SqlCommand();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result)
    {
        OperationTelemetry.Current?.SqlCommand();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        OperationTelemetry.Current?.SqlCommand();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result)
    {
        OperationTelemetry.Current?.SqlCommand();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        OperationTelemetry.Current?.SqlCommand();
        return ValueTask.FromResult(result);
    }
}

using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Copies a SQLite database into an empty PostgreSQL one (<c>-- copy-to-postgres "&lt;connection string&gt;"</c>):
/// migrates the target, copies every table in one transaction with PostgreSQL's binary COPY, sets the identity
/// sequences past the copied IDs, then reads both sides again and compares each table's row count and checksum.
/// </summary>
public sealed class PostgreSqlCopy(GraphKamDbContext source, PostgreSqlGraphKamDbContext target, TextWriter output,
    bool terminal)
{
    private static readonly MethodInfo GetFieldValue =
        typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    /// <summary>Copies and verifies; false (and why) when the target is not empty or a table differs.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        await source.Database.MigrateAsync(cancellationToken);
        await target.Database.MigrateAsync(cancellationToken);
        var plans = TableCopyPlan.For(DesignModel(source), DesignModel(target));
        var pg = (NpgsqlConnection)target.Database.GetDbConnection();
        await target.Database.OpenConnectionAsync(cancellationToken);
        await source.Database.OpenConnectionAsync(cancellationToken);
        foreach (var plan in plans)
            if (await CountAsync(pg, plan.Table, cancellationToken) > 0)
            {
                await output.WriteLineAsync(
                    $"The target database is not empty ({plan.Table} has rows): nothing was copied.");
                return false;
            }
        var counts = new Dictionary<string, long>();
        foreach (var plan in plans)
            counts[plan.Table] = await CountAsync(source.Database.GetDbConnection(), plan.Table, cancellationToken);
        var progress = new CopyProgress(output, counts.Values.Sum(), terminal);

        await using (var transaction = await pg.BeginTransactionAsync(cancellationToken))
        {
            var deferred = new List<(TableCopyPlan Plan, object?[] Row)>();
            foreach (var plan in plans)
                await CopyAsync(plan, pg, counts[plan.Table], progress, deferred, cancellationToken);
            await SetDeferredAsync(pg, deferred, cancellationToken);
            await ResetSequencesAsync(pg, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        progress.Finish();
        return await VerifyAsync(plans, pg, cancellationToken);
    }

    private static IModel DesignModel(DbContext db) =>
        db.GetService<IDesignTimeModel>().Model;

    private async Task CopyAsync(TableCopyPlan plan, NpgsqlConnection pg, long total, CopyProgress progress,
        List<(TableCopyPlan, object?[])> deferred, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", plan.Columns.Select(c => Quote(c.Name)));
        await using var importer = await pg.BeginBinaryImportAsync(
            $"COPY {Quote(plan.Table)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long done = 0, reported = 0;
        await foreach (var row in ReadSqliteAsync(plan, cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            var later = false;
            for (var i = 0; i < row.Length; i++)
            {
                var value = plan.Columns[i].PostgreSqlValue(row[i]);
                if (plan.Deferred.Contains(plan.Columns[i].Name) && value != null) { later = true; value = null; }
                if (value == null) await importer.WriteNullAsync(cancellationToken);
                else await importer.WriteAsync(value, plan.Columns[i].PostgreSqlType, cancellationToken);
            }
            if (later) deferred.Add((plan, row));
            if (++done % 1000 != 0 && done != total) continue;
            progress.Advance(plan.Table, done - reported, done, total);
            reported = done;
        }
        await importer.CompleteAsync(cancellationToken);
        progress.TableDone(plan.Table, done);
    }

    /// <summary>Sets the references written empty (a parent in the same table), now that every row exists.</summary>
    private static async Task SetDeferredAsync(NpgsqlConnection pg, List<(TableCopyPlan Plan, object?[] Row)> deferred,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in deferred.Chunk(500))
        {
            await using var batch = new NpgsqlBatch(pg);
            foreach (var (plan, row) in chunk)
            {
                var command = new NpgsqlBatchCommand();
                var sets = new List<string>();
                var keys = new List<string>();
                for (var i = 0; i < plan.Columns.Count; i++)
                {
                    var column = plan.Columns[i];
                    var isDeferred = plan.Deferred.Contains(column.Name);
                    if (!isDeferred && !plan.Key.Contains(column.Name)) continue;
                    var value = column.PostgreSqlValue(row[i]) ?? DBNull.Value;
                    command.Parameters.Add(new NpgsqlParameter { Value = value });
                    (isDeferred ? sets : keys).Add($"{Quote(column.Name)} = ${command.Parameters.Count}");
                }
                command.CommandText =
                    $"UPDATE {Quote(plan.Table)} SET {string.Join(", ", sets)} WHERE {string.Join(" AND ", keys)}";
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Moves every identity sequence past the highest copied ID, so that new rows get new IDs.</summary>
    private static async Task ResetSequencesAsync(NpgsqlConnection pg, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I.%I), 0) + 1, false)',
                          pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name),
                          column_name, table_schema, table_name)
            FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'
            """, pg);
        var statements = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) statements.Add(reader.GetString(0));
        foreach (var statement in statements)
        {
            await using var reset = new NpgsqlCommand(statement, pg);
            await reset.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<bool> VerifyAsync(IReadOnlyList<TableCopyPlan> plans, NpgsqlConnection pg,
        CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"{"Table",-28} {"SQLite",10} {"PostgreSQL",10}  checksum");
        var same = true;
        foreach (var plan in plans)
        {
            var before = new RowChecksum();
            await foreach (var row in ReadSqliteAsync(plan, cancellationToken)) before.Add(row);
            var after = new RowChecksum();
            await foreach (var row in ReadPostgreSqlAsync(plan, pg, cancellationToken)) after.Add(row);
            var (a, b) = (before.Value(), after.Value());
            var match = before.Count == after.Count && a == b;
            same &= match;
            var verdict = match ? "same" : "DIFFERENT: " + a;
            await output.WriteLineAsync($"{plan.Table,-28} {before.Count,10:N0} {after.Count,10:N0}  {b} {verdict}");
        }
        await output.WriteLineAsync(same ? "Every table was copied: counts and checksums are the same."
            : "Some tables differ (see above).");
        return same;
    }

    /// <summary>The table's rows from SQLite, as the model's values.</summary>
    private async IAsyncEnumerable<object?[]> ReadSqliteAsync(TableCopyPlan plan,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = source.Database.GetDbConnection().CreateCommand();
        command.CommandText = SelectAll(plan);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var readers = plan.Columns.Select(c => GetFieldValue.MakeGenericMethod(c.SqliteType)).ToArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[plan.Columns.Count];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : plan.Columns[i].ModelValue(readers[i].Invoke(reader, [i]));
            yield return row;
        }
    }

    /// <summary>The table's rows from PostgreSQL, as the model's values.</summary>
    private static async IAsyncEnumerable<object?[]> ReadPostgreSqlAsync(TableCopyPlan plan, NpgsqlConnection pg,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SelectAll(plan), pg);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[plan.Columns.Count];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : plan.Columns[i].ModelValueFromPostgreSql(reader.GetValue(i));
            yield return row;
        }
    }

    private static string SelectAll(TableCopyPlan plan) =>
        $"SELECT {string.Join(", ", plan.Columns.Select(c => Quote(c.Name)))} FROM {Quote(plan.Table)}";

    private static async Task<long> CountAsync(DbConnection connection, string table,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {Quote(table)}";
        var count = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

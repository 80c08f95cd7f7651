using System.Security.Claims;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Imports;

/// <summary>
/// Runs an import: every row is read by the create mutation's input type and checked and saved by the mutation's
/// handler, all in one transaction as the caller (whose write rules the database context applies), and the
/// transaction commits only when it is not a dry run and no row failed. So a dry run writes nothing, a file with one
/// bad row writes nothing, and later rows are checked against the earlier ones (two rows of one new account's
/// primary contact, say) exactly as a run that commits would be.
/// </summary>
public sealed class Importer(ISchema schema, IEnumerable<ImportKind> kinds, IOptions<GraphQLServerOptions> graphQL)
{
    public IReadOnlyList<ImportKind> Kinds { get; } = [.. kinds];

    public ImportKind? Find(string name) => Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="user"/> may not import <paramref name="kind"/> (null: they may); the system may always.</summary>
    public ImportError? Refusal(ImportKind kind, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return new ImportError(null, null, ErrorCodes.AuthNotAuthenticated, "Sign in to import.");
        // A token limited to reading may not write, as at /graphql.
        if (user.FindAll(AuthorizationRule.ScopeClaim).ToList() is { Count: > 0 } scopes && scopes.All(s => s.Value != AuthorizationRule.WriteScope))
            return new ImportError(null, null, ErrorCodes.AuthNotAuthorized, $"This token lacks the {AuthorizationRule.WriteScope} scope.");
        var roles = FieldRoles.RolesOf(MutationOf(kind)) ?? [.. graphQL.Value.UndeclaredMutationRoles];
        return roles.Any(user.IsInRole) ? null
            : new ImportError(null, null, ErrorCodes.AuthNotAuthorized, $"Importing {kind.Name} needs one of the roles {string.Join(", ", roles)}.");
    }

    /// <param name="services">A scope whose <see cref="CurrentPrincipal"/> is the caller (none: the system).</param>
    public async Task<ImportReport> RunAsync(ImportKind kind, ImportTable table, bool dryRun, IServiceProvider services,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var columns = ImportColumns.Map(InputOf(kind), table.Columns);
        if (columns.Problems.Count > 0) return Report(kind, table, dryRun, false, columns, [.. columns.Problems], 0);

        var user = services.GetRequiredService<CurrentPrincipal>().User;
        var actor = user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : CurrentActor.System;
        var errors = new List<ImportError>();
        var failedRows = 0;
        // One mutation scope for the whole file: one transaction, events published only after it commits.
        var outcome = await MutationScope.RunAsync(services, actor, async scope =>
        {
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var rowErrors = await CreateAsync(kind, columns, table.Rows[i], scope, services);
                if (rowErrors.Count > 0)
                {
                    failedRows++;
                    errors.AddRange(rowErrors);
                    // Whatever the failed row left tracked must not be saved with the next one.
                    scope.Db.ChangeTracker.Clear();
                }
                progress?.Report(new ImportProgress(i + 1, table.Rows.Count));
            }
            return dryRun || errors.Count > 0 ? Payload.Failure(new NothingWritten()) : Payload.Success(table.Rows.Count);
        }, cancellationToken);
        return Report(kind, table, dryRun, outcome.Errors.Count == 0, columns, errors, failedRows);
    }

    /// <summary>Rolls the import's transaction back: a dry run, or a file with a bad row.</summary>
    private sealed record NothingWritten() : MutationError("NOTHING_WRITTEN", "Nothing was written.");

    private static async Task<List<ImportError>> CreateAsync(ImportKind kind, ImportColumns columns, ImportRow row, MutationScope scope,
        IServiceProvider services)
    {
        var (input, errors) = columns.Read(row);
        if (input == null) return errors;
        try
        {
            var payload = await kind.CreateAsync(input, scope, services);
            return [.. payload.Errors.Select(error => ImportColumns.Error(row, error))];
        }
        // A write rule's refusal, or another error meant for the caller, as a mutation would report it.
        catch (CodedError refused)
        {
            return [new ImportError(row.Number, null, refused.Code ?? ErrorCodes.InvalidInput, refused.Message)];
        }
    }

    private static ImportReport Report(ImportKind kind, ImportTable table, bool dryRun, bool written, ImportColumns columns,
        List<ImportError> errors, int failedRows)
    {
        var rows = table.Rows.Count;
        var valid = errors.Any(e => e.Row is null or 1) ? 0 : rows - failedRows;
        var message = (dryRun, written, errors.Count) switch
        {
            (_, _, > 0) when valid == 0 && failedRows == 0 => "The file cannot be imported: nothing was written.",
            (true, _, 0) => $"Dry run: all {rows} rows are valid; nothing was written.",
            (true, _, _) => $"Dry run: {failedRows} of {rows} rows have errors; nothing was written.",
            (false, true, _) => $"Imported {rows} rows.",
            _ => $"{failedRows} of {rows} rows have errors, so nothing was written: fix them and import the file again.",
        };
        return new ImportReport(kind.Name, dryRun, written, rows, valid, failedRows, errors, columns.Ignored, message);
    }

    private FieldType MutationOf(ImportKind kind)
    {
        schema.Initialize();
        return schema.Mutation?.GetField(kind.Mutation)
            ?? throw new InvalidOperationException($"The import of {kind.Name} names a mutation the schema lacks: {kind.Mutation}.");
    }

    private IInputObjectGraphType InputOf(ImportKind kind) =>
        MutationOf(kind).Arguments?.Find("input")?.ResolvedType?.GetNamedType() as IInputObjectGraphType
        ?? throw new InvalidOperationException($"{kind.Mutation} has no input object argument.");
}

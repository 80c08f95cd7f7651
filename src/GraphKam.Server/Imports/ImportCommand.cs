using GraphKam.GraphQL.Security;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Imports;

/// <summary>
/// <c>dotnet run --project src/GraphKam.Server -- import &lt;kind&gt; &lt;file&gt; [--dry-run]</c>: the importer of
/// <c>/import</c> run as the system (an administrator's work: no caller's write rules apply, the rows' own rules do),
/// with a progress bar on a terminal. Exit code 0 when every row is valid (and written, unless a dry run), 1 when
/// rows failed, 2 when the file or the command could not be used.
/// </summary>
public static class ImportCommand
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args is not ["import", ..]) return null;
        if (args is not ["import", var kind, var file, .. var rest] || rest.Any(a => a != "--dry-run"))
        {
            await Console.Error.WriteLineAsync("Usage: import <kind> <file.csv|file.xlsx> [--dry-run]");
            return 2;
        }
        return await RunAsync(app.Services, kind, file, rest.Contains("--dry-run"), Console.Out, terminal: !Console.IsOutputRedirected);
    }

    /// <param name="terminal">Whether to draw the progress bar (not when the output goes to a file or a pipe).</param>
    public static async Task<int> RunAsync(IServiceProvider services, string kindName, string path, bool dryRun, TextWriter output,
        bool terminal)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        if (importer.Find(kindName) is not { } kind)
        {
            await output.WriteLineAsync($"There is no import of '{kindName}'; kinds: {string.Join(", ", importer.Kinds.Select(k => k.Name))}.");
            return 2;
        }
        if (ImportFiles.FormatOf(Path.GetExtension(path), null) is not { } format)
        {
            await output.WriteLineAsync("The file must be .csv or .xlsx.");
            return 2;
        }
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"There is no file {path}.");
            return 2;
        }
        var limits = scope.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value;
        ImportTable? table;
        ImportError? problem;
        await using (var file = File.OpenRead(path)) (table, problem) = await ImportFiles.ReadAsync(file, format, limits, CancellationToken.None);
        if (table == null)
        {
            await output.WriteLineAsync($"{problem!.Code}: {problem.Message}");
            return 2;
        }
        // No principal: the system's own work, which reads and writes every row.
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().User = null;
        var bar = terminal ? new ProgressBar(output) : null;
        var report = await importer.RunAsync(kind, table, dryRun, scope.ServiceProvider, bar, CancellationToken.None);
        bar?.Finish();
        foreach (var ignored in report.IgnoredColumns) await output.WriteLineAsync($"Ignored column '{ignored.Column}': {ignored.Reason}.");
        foreach (var error in report.Errors)
            await output.WriteLineAsync($"{(error.Row is { } row ? $"row {row}" : "file")}{(error.Column is { } column ? $", {column}" : "")}: {error.Code}: {error.Message}");
        await output.WriteLineAsync(report.Message);
        return report.Errors.Count == 0 ? 0 : report.Errors.Any(e => e.Row is null or 1) ? 2 : 1;
    }

    /// <summary>A text bar redrawn in place with a carriage return: <c>[#####---------------]  25% 250/1000 rows</c>.</summary>
    private sealed class ProgressBar(TextWriter output) : IProgress<ImportProgress>
    {
        private const int Width = 30;
        private int _shown = -1;

        public void Report(ImportProgress value)
        {
            var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
            // Redrawn only when the bar moves: a large file would otherwise write a line per row.
            if (percent == _shown && value.Done != value.Total) return;
            _shown = percent;
            var filled = percent * Width / 100;
            output.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}% {value.Done}/{value.Total} rows");
            output.Flush();
        }

        public void Finish()
        {
            if (_shown >= 0) output.WriteLine();
        }
    }
}

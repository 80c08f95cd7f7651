namespace GraphKam.GraphQL.Ide;

/// <summary>Where the IDE's files come from: a folder, or ChilliCream's content-delivery network.</summary>
public interface IIdeFiles
{
    /// <summary>The file at <paramref name="path"/> (relative, checked to be safe); null if there is none.</summary>
    /// <exception cref="IdeUnavailableException">The source could not be reached.</exception>
    Task<IdeFile?> OpenAsync(string path, CancellationToken cancellationToken);
}

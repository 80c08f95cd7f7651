namespace GraphKam.Server.Setup;

/// <summary>
/// Where the repository is, when the server runs from it. <c>dotnet run</c> starts the server in the project
/// folder, so files that live at the top of the repository (wwwroot/, schema.graphql) are found from here.
/// </summary>
public static class RepositoryLayout
{
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return directory.FullName;
        return null;
    }
}

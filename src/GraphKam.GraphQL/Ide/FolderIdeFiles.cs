using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace GraphKam.GraphQL.Ide;

/// <summary>The IDE's files from a folder (an unpacked copy of its npm package), read as they are.</summary>
public sealed class FolderIdeFiles(string folder) : IIdeFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // PhysicalFileProvider refuses any path that leads outside the folder.
    private readonly PhysicalFileProvider _files = File.Exists(Path.Combine(folder, "index.html"))
        ? new(folder)
        : throw new InvalidOperationException($"GraphKam:GraphQL:Ide:Folder names '{folder}', which holds no " +
            "index.html of Banana Cake Pop (the unpacked npm package @chillicream/bananacakepop-graphql-ide).");

    public Task<IdeFile?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var file = _files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory) return Task.FromResult<IdeFile?>(null);
        var contentType = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return Task.FromResult<IdeFile?>(new IdeFile(file.CreateReadStream(), contentType, file.Length));
    }
}

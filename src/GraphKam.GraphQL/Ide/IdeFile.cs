namespace GraphKam.GraphQL.Ide;

/// <summary>One of the IDE's files, ready to be sent.</summary>
public sealed record IdeFile(Stream Content, string ContentType, long? Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

namespace GraphKam.GraphQL.Ide;

/// <summary>
/// Banana Cake Pop, the GraphQL IDE HotChocolate's <c>MapGraphQL()</c> serves beside its endpoint. Bound from
/// <c>GraphKam:GraphQL:Ide</c>. The IDE's files are ChilliCream's (ChilliCream License 1.0): they are not part of
/// this repository; they come unchanged from ChilliCream's content-delivery network or from a folder you name.
/// </summary>
public sealed class IdeOptions
{
    /// <summary>The network address the IDE is loaded from when no <see cref="Folder"/> is named.</summary>
    public const string ChilliCreamCdn = "https://cdn.bananacakepop.com/web/latest";

    /// <summary>Whether the IDE is served; when not set, only in the Development environment.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The IDE's title.</summary>
    public string? Title { get; set; }

    /// <summary>The GraphQL document a new tab opens with.</summary>
    public string? Document { get; set; }

    /// <summary>Whether the IDE keeps its usage statistics to itself (GraphKam's default).</summary>
    public bool DisableTelemetry { get; set; } = true;

    /// <summary>Headers the IDE's connection settings start with (e.g. a fixed API token on a test server).</summary>
    public Dictionary<string, string> HttpHeaders { get; set; } = [];

    /// <summary>
    /// A folder holding the IDE's files (the unpacked npm package <c>@chillicream/bananacakepop-graphql-ide</c>,
    /// with its <c>index.html</c>): served from there, with no network access. Relative to the content root.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Where the IDE's files come from when no <see cref="Folder"/> is named (pin a version here).</summary>
    public string CdnUrl { get; set; } = ChilliCreamCdn;
}

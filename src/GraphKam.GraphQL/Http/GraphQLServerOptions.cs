using GraphKam.GraphQL.RateLimiting;

namespace GraphKam.GraphQL.Http;

/// <summary>Settings of the GraphQL endpoint, bound from configuration section <c>GraphKam:GraphQL</c>.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted POST body; larger requests get 413 before any parsing.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest selection nesting accepted (introspection queries need about 13).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Largest estimated cost accepted: each list multiplies its children's cost by its page size.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Most lexical tokens (names, punctuation, values) a document may have; counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Most fields a document may select, each fragment counted wherever it is spread.</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most aliases a document may have.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most times one response name (or fragment spread) may appear in one selection set.</summary>
    public int MaxRepeatedFields { get; set; } = 20;

    /// <summary>Most directives on one field, fragment, operation or variable.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 10;

    /// <summary>
    /// Most introspection a document may ask for, in whole-schema reads (the full introspection query an IDE sends
    /// is one).
    /// </summary>
    public double MaxIntrospectionWork { get; set; } = 2;

    /// <summary>Most subscriptions one WebSocket may have running at once; zero turns the limit off.</summary>
    public int MaxSubscriptionsPerSocket { get; set; } = 100;

    /// <summary>Most subscriptions one login may have running at once, over all its sockets and event streams.</summary>
    public int MaxSubscriptionsPerLogin { get; set; } = 200;

    /// <summary>Most subscriptions signed-out callers from one client address may have running at once.</summary>
    public int MaxSubscriptionsPerAddress { get; set; } = 200;

    /// <summary>Operations and cost each login and each client address may spend per window.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Longest a single operation may run before it is cancelled.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Characters of document text whose parsed and validated form is kept for the next request with the same text
    /// (the least recently used go first); zero turns the cache off.
    /// </summary>
    public int DocumentCacheSize { get; set; } = 2_000_000;

    /// <summary>Whether clients may introspect the schema (Banana Cake Pop needs it).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before it is closed (4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle stream is kept alive (WebSocket ping or ka, SSE comment); zero turns it off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Who may use a mutation that declares no roles (fail closed: a mutation someone forgot to restrict is not open
    /// to every signed-in caller). Empty refuses such mutations to everyone.
    /// </summary>
    public string[] UndeclaredMutationRoles { get; set; } = [];

    /// <summary>How many messages may wait for one slow WebSocket client before it is closed.</summary>
    public int SendQueueCapacity { get; set; } = 1000;

    /// <summary>
    /// How much memory the messages waiting for one slow streaming client (a WebSocket, or an SSE stream) may hold
    /// before it is closed: a count of messages alone let a client subscribed to large answers hold gigabytes. A
    /// message larger than this still goes to a client that has nothing else waiting.
    /// </summary>
    public long SendQueueBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Browser origins (besides the server's own) that may open a WebSocket; null admits any. Browsers send cookies
    /// with a WebSocket upgrade from any page, so without this check another site could act as a signed-in user.
    /// </summary>
    public string[]? WebSocketOrigins { get; set; }
}

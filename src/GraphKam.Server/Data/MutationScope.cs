using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Common;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data;

/// <summary>
/// What a mutation handler works with: one DbContext in one transaction, the clock, and who is acting.
/// The transaction commits only when the payload has no errors, so a failed mutation changes nothing, however
/// many tables it touched (an account, its tiers, their history). A handler that needs more (a service, options)
/// takes it as a parameter, resolved when the mutation runs, so its dependencies are in its signature.
/// </summary>
public sealed record MutationScope(GraphKamDbContext Db, TimeProvider Clock, string Actor, CancellationToken CancellationToken)
{
    private readonly List<(string Topic, object Message)> _events = [];
    private readonly List<Action> _afterCommit = [];

    /// <summary>
    /// The instant the mutation happens, read once: every time it writes (a case's opening, its deadlines, its history
    /// entry) is the same moment, not a few microseconds apart.
    /// </summary>
    public DateTime Now { get; } = Clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Queues an event for subscribers. It is published only after the transaction commits: a failed mutation
    /// publishes nothing, and nobody hears of a change they could not yet read.
    /// </summary>
    public void Publish(string topic, object message) => _events.Add((topic, message));

    /// <summary>
    /// Runs work once the transaction has committed (nothing if it fails): forgetting a cached answer before the commit
    /// would let a read in between cache the old state again.
    /// </summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>The entity a mutation is about to change (tracked), or why there is none: a malformed ID or no such entity.</summary>
    public async Task<(T? Entity, MutationError? Error)> FindForChangeAsync<T>(string id, string typeName, string field,
        Func<string, MutationError> notFound) where T : class, IEntity
    {
        if (!GlobalId.TryParseKey(id, typeName, out var key)) return (null, new InvalidIdError(field, id, typeName));
        var entity = await Db.Set<T>().AsTracking().FirstOrDefaultAsync(EntityKey<T>.Equal(key), CancellationToken);
        return entity == null ? (null, notFound(id)) : (entity, null);
    }

    /// <summary>
    /// As <see cref="FindForChangeAsync{T}"/>, and only at the version the client read (when it sent one); else
    /// <see cref="StaleVersionError"/>.
    /// </summary>
    public async Task<(T? Entity, MutationError? Error)> FindAtVersionAsync<T>(string id, string typeName, string field, int? version,
        Func<string, MutationError> notFound) where T : class, IVersioned
    {
        var (entity, error) = await FindForChangeAsync<T>(id, typeName, field, notFound);
        if (entity != null && version is { } given && given != entity.Version) return (null, new StaleVersionError(given, entity.Version));
        return (entity, error);
    }

    /// <summary>Saves a changed entity as its next version; a concurrent change found at the save is a <see cref="StaleVersionError"/>.</summary>
    public async Task<Payload> SaveNextVersionAsync<T>(T entity, int givenVersion) where T : class, IVersioned
    {
        entity.Version++;
        try
        {
            await Db.SaveChangesAsync(CancellationToken);
            return Payload.Success(entity);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await Db.Set<T>().Where(EntityKey<T>.Equal(entity.Id)).Select(e => e.Version).FirstOrDefaultAsync(CancellationToken);
            return Payload.Failure(new StaleVersionError(givenVersion, current));
        }
    }

    /// <summary>Runs a handler on the mutation's <c>input</c> argument.</summary>
    public static Task<Payload> RunAsync<TInput>(IResolveFieldContext context, Func<TInput, MutationScope, Task<Payload>> handle) =>
        RunAsync(context, scope => handle(context.GetArgument<TInput>("input"), scope));

    /// <summary>Runs a handler that needs a service (e.g. the tier grader) on the mutation's <c>input</c> argument.</summary>
    public static Task<Payload> RunAsync<TInput, TService>(IResolveFieldContext context,
        Func<TInput, MutationScope, TService, Task<Payload>> handle) where TService : notnull =>
        RunAsync(context, scope => handle(context.GetArgument<TInput>("input"), scope, context.Services().GetRequiredService<TService>()));

    public static Task<Payload> RunAsync(IResolveFieldContext context, Func<MutationScope, Task<Payload>> handle) =>
        RunAsync(context.Services(), CurrentActor.Of(context), handle, context.CancellationToken);

    /// <summary>
    /// Runs work of the system's own (a sweep, an import from the command line) as a mutation: one transaction, events
    /// after the commit. The context is the one <paramref name="services"/> give: outside a request, the system's.
    /// </summary>
    public static async Task<Payload> RunAsync(IServiceProvider services, string actor, Func<MutationScope, Task<Payload>> handle,
        CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContextAsync(cancellationToken);
        // SQLite: an immediate transaction takes the write lock first (waiting up to the busy timeout); a deferred one
        // that read first can fail to upgrade when another writer committed meanwhile.
        // BEGIN and COMMIT get no token: a token only checked before them (SQLite cannot interrupt either) would turn a
        // client's departure into EF Core's transaction error. Work in between stops at its next statement instead;
        // a commit whose client has just left either lands or not, as if the connection dropped after it.
        cancellationToken.ThrowIfCancellationRequested();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var scope = new MutationScope(db, services.GetRequiredService<TimeProvider>(), actor, cancellationToken);
        var payload = await handle(scope);
        if (payload.Errors.Count > 0) return payload;
        await transaction.CommitAsync(CancellationToken.None);
        foreach (var action in scope._afterCommit) action();
        var bus = services.GetRequiredService<ITopicBus>();
        foreach (var (topic, message) in scope._events) await bus.PublishAsync(topic, message, CancellationToken.None);
        return payload;
    }
}

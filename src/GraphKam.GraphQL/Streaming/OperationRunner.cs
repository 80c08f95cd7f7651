using System.Security.Claims;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.RateLimiting;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Streaming;

/// <summary>Where a streaming transport sends what an operation produces.</summary>
public interface IOperationSink
{
    /// <summary>A result: the only one of a query or mutation, or one event of a subscription.</summary>
    void Next(ExecutionResult result);

    /// <summary>The request failed before execution (it did not parse or validate); nothing else follows.</summary>
    void Fail(ExecutionResult result);

    /// <summary>The operation has ended.</summary>
    void Complete();
}

/// <summary>
/// Runs one operation for a streaming transport (WebSocket or SSE): queries and mutations yield one result, a
/// subscription yields its events until it is disposed. Each operation runs in a DI scope of its own, kept for as
/// long as the subscription lives, and holding one of the caller's <see cref="SubscriptionSlots"/>.
/// </summary>
public sealed class OperationRunner(GraphQLRequestExecutor executor, IServiceScopeFactory scopes, SubscriptionSlots slots,
    IHttpContextAccessor http)
{
    public async Task<IDisposable> StartAsync(GraphQLRequest request, ClaimsPrincipal? user, IOperationSink sink, bool queriesOnly,
        CancellationToken cancellationToken, SocketSubscriptions? socket = null)
    {
        var scope = scopes.CreateAsyncScope();
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(request, scope.ServiceProvider, user, queriesOnly, cancellationToken, streaming: true);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
        if (!result.Executed || result.Streams is not { Count: > 0 } streams)
        {
            await scope.DisposeAsync();
            if (result.Executed) { sink.Next(result); sink.Complete(); }
            else sink.Fail(result);
            return Disposable.None;
        }
        if (slots.TryTake(Caller.Of(user, http.HttpContext), socket, out var refusal) is not { } slot)
        {
            await scope.DisposeAsync();
            sink.Fail(new ExecutionResult(refusal!));
            return Disposable.None;
        }
        var relay = new Relay(sink, scope, slot);
        relay.Attach(streams.Values.First().Subscribe(relay));
        return relay;
    }

    /// <summary>Passes a subscription's results to the sink and ends the scope when either side stops.</summary>
    private sealed class Relay(IOperationSink sink, AsyncServiceScope scope, IDisposable slot) : IObserver<ExecutionResult>, IDisposable
    {
        private IDisposable? _subscription;
        private int _ended;

        public void Attach(IDisposable subscription)
        {
            _subscription = subscription;
            if (Volatile.Read(ref _ended) == 1) subscription.Dispose();
        }

        public void OnNext(ExecutionResult value)
        {
            if (Volatile.Read(ref _ended) == 0) sink.Next(value);
        }

        public void OnError(Exception error)
        {
            if (!End()) return;
            // An ExecutionError (a CodedError such as the event bus's) keeps its own code; anything else is wrapped.
            sink.Next(new ExecutionResult(error as ExecutionError ?? new ExecutionError(error.Message, error)));
            sink.Complete();
        }

        public void OnCompleted()
        {
            if (End()) sink.Complete();
        }

        /// <summary>The client stopped listening: no complete is reported back.</summary>
        public void Dispose() => End();

        private bool End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1) return false;
            slot.Dispose();
            _subscription?.Dispose();
            _ = scope.DisposeAsync().AsTask();
            return true;
        }
    }
}

internal sealed class Disposable : IDisposable
{
    public static readonly IDisposable None = new Disposable();
    public void Dispose() { }
}

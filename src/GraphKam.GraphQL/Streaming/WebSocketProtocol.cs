using System.Collections.Concurrent;
using System.Security.Claims;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Security;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphKam.GraphQL.Streaming;

/// <summary>What both WebSocket protocols need from the server.</summary>
public sealed record ProtocolServices(OperationRunner Runner, ProtocolMessages Messages, IConnectionInitializer Initializer,
    IPrincipalValidator Validator, GraphQLServerOptions Options, TimeProvider Clock, ILogger Logger);

/// <summary>
/// The parts both protocols share: the connection's state (initialised, acknowledged, its user), its running
/// operations by ID, starting them without holding up the receive loop, and keep-alive messages.
/// </summary>
public abstract class WebSocketProtocol(ProtocolServices services, WebSocketConnection connection, HttpContext http)
{
    private readonly ConcurrentDictionary<string, IDisposable> _operations = new();
    private readonly SocketSubscriptions _subscriptions = new();
    private int _initialised;
    private volatile bool _acknowledged;

    protected WebSocketConnection Connection => connection;
    protected ProtocolMessages Messages => services.Messages;
    protected ClaimsPrincipal? User { get; private set; }
    protected bool Acknowledged => _acknowledged;

    public abstract Task OnMessageAsync(string text);

    public virtual Task OnBinaryAsync()
    {
        connection.Close(4400, "Messages are JSON text, not binary.");
        return Task.CompletedTask;
    }

    /// <summary>Starts the init timeout: a client that never says connection_init is closed with 4408.</summary>
    public void Start() =>
        _ = Task.Delay(services.Options.ConnectionInitTimeout, services.Clock, connection.Closing).ContinueWith(delay =>
        {
            if (delay.IsCompletedSuccessfully && Volatile.Read(ref _initialised) == 0) connection.Close(4408, "Connection initialisation timeout");
        }, TaskScheduler.Default);

    /// <summary>The socket closed: every operation stops.</summary>
    public void Stop()
    {
        foreach (var id in _operations.Keys) if (_operations.TryRemove(id, out var operation)) operation.Dispose();
    }

    /// <summary>Handles connection_init; false when it was a repeat (the protocol decides what that means).</summary>
    protected async Task<bool> InitialiseAsync(OperationMessage message, Action<string> refuse, Action acknowledge)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1) return false;
        var result = await services.Initializer.InitializeAsync(http, Messages.ReadInitPayload(message.Payload), connection.Closing);
        if (result.Accepted && result.User?.Identity?.IsAuthenticated == true
            && !await services.Validator.IsValidAsync(result.User, connection.Closing))
            result = ConnectionInitResult.Refuse(RevokedReason);
        if (!result.Accepted)
        {
            refuse(result.Reason ?? "Forbidden");
            return true;
        }
        User = result.User;
        _acknowledged = true;
        acknowledge();
        _ = KeepAliveAsync();
        if (CredentialExpiry.Of(result.User) is { } expiresAt) _ = CloseAtAsync(expiresAt);
        _ = CloseWhenRevokedAsync(result.User);
        return true;
    }

    private const string RevokedReason = "Forbidden: the session ended or the credentials were revoked.";

    /// <summary>Signed out, revoked or changed (roles, lock, password): the connection ends within a check interval.</summary>
    private async Task CloseWhenRevokedAsync(ClaimsPrincipal? user)
    {
        if (await CredentialWatch.RevokedAsync(services.Validator, user, services.Clock, services.Logger, connection.Closing))
            connection.Close(4403, RevokedReason);
    }

    /// <summary>Credentials end: so does the connection, with every subscription on it.</summary>
    private async Task CloseAtAsync(DateTimeOffset expiresAt)
    {
        try { await CredentialExpiry.WaitAsync(expiresAt, services.Clock, connection.Closing); }
        catch (OperationCanceledException) { return; }
        connection.Close(4403, "Forbidden: the credentials expired; connect again with new ones.");
    }

    protected abstract string? KeepAliveMessage { get; }

    private async Task KeepAliveAsync()
    {
        if (KeepAliveMessage is not { } message || services.Options.KeepAliveInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(services.Options.KeepAliveInterval, services.Clock);
        try { while (await timer.WaitForNextTickAsync(connection.Closing)) connection.Send(message); }
        catch (OperationCanceledException) { }
    }

    /// <summary>Stops an operation at the client's request; false when it was not running.</summary>
    protected bool Stop(string id)
    {
        if (!_operations.TryRemove(id, out var operation)) return false;
        operation.Dispose();
        return true;
    }

    /// <summary>Whether the operation was still running (and is now done): only then is its end reported.</summary>
    protected bool Finish(string id) => _operations.TryRemove(id, out _);

    /// <summary>Registers and starts an operation; its results go to <paramref name="sink"/>.</summary>
    protected bool TryStart(string id, GraphQLRequest request, IOperationSink sink)
    {
        var placeholder = new Placeholder();
        if (!_operations.TryAdd(id, placeholder)) return false;
        _ = RunAsync(id, request, sink, placeholder);
        return true;
    }

    private async Task RunAsync(string id, GraphQLRequest request, IOperationSink sink, Placeholder placeholder)
    {
        try
        {
            var operation = await services.Runner.StartAsync(request, User, sink, queriesOnly: false, connection.Closing,
                _subscriptions);
            // Stopped (or finished) meanwhile: nothing must keep running.
            if (!_operations.TryUpdate(id, operation, placeholder)) operation.Dispose();
        }
        catch (OperationCanceledException) when (connection.Closing.IsCancellationRequested) { }
        catch (Exception error)
        {
            services.Logger.LogError(error, "WebSocket operation {Id} failed.", id);
            sink.Fail(new ExecutionResult(new ExecutionError("An unexpected error occurred on the server.") { Code = Errors.ErrorCodes.InternalError }));
        }
    }

    private sealed class Placeholder : IDisposable
    {
        public void Dispose() { }
    }
}

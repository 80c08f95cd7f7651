using System.Diagnostics;
using System.Numerics;
using System.Security.Claims;
using GraphKam.GraphQL.Subscriptions;
using GraphQL;
using GraphQL.Transport;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// The rules under shared subscription answers, without a server: which requests count as the same, and what the
/// others do when the subscription running an event's answer leaves before it is done.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class SharedAnswerRulesTests
{
    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));

    private static GraphQLRequest Request(string query, Dictionary<string, object?>? variables = null) =>
        new() { Query = query, Variables = variables == null ? null : new Inputs(variables) };

    [Fact]
    public void Requests_are_the_same_only_when_claims_document_variables_and_scope_all_are()
    {
        var user = User(("sub", "7"), ("role", "DIRECTOR"), ("sid", "a"));
        var variables = new Dictionary<string, object?> { ["where"] = new Dictionary<string, object?> { ["amount"] = 5 } };
        var key = AnswerKey.Of(Request("subscription { x }", variables), user, "company");
        Assert.NotNull(key);
        Assert.Equal(key, AnswerKey.Of(Request("subscription { x }", new(variables)), User(("sub", "7"), ("role", "DIRECTOR"), ("sid", "a")), "company"));

        string?[] others =
        [
            AnswerKey.Of(Request("subscription { x }", variables), User(("sub", "7"), ("role", "DIRECTOR"), ("sid", "b")), "company"),
            AnswerKey.Of(Request("subscription { x }", variables), User(("sub", "7"), ("role", "PARTNER"), ("sid", "a")), "company"),
            AnswerKey.Of(Request("subscription { x }", variables), User(("sub", "7"), ("role", "DIRECTOR")), "company"),
            AnswerKey.Of(Request("subscription { x }", variables), null, "company"),
            AnswerKey.Of(Request("subscription { x }", variables), user, "partner:3"),
            AnswerKey.Of(Request("subscription { x  }", variables), user, "company"),
            AnswerKey.Of(Request("subscription { x }"), user, "company"),
            AnswerKey.Of(Request("subscription { x }", new() { ["where"] = new Dictionary<string, object?> { ["amount"] = 6 } }), user, "company"),
            AnswerKey.Of(Request("subscription { x }", new() { ["where"] = new Dictionary<string, object?> { ["amount"] = "5" } }), user, "company"),
            AnswerKey.Of(Request("subscription { x }", new() { ["where"] = new List<object?> { 5 } }), user, "company"),
            AnswerKey.Of(Request("subscription { x }", new() { ["where"] = new BigInteger(5) }), user, "company"),
            // A claim's value running into the next claim's type must not read as the same claims.
            AnswerKey.Of(Request("subscription { x }", variables), User(("sub", "7role"), ("", "DIRECTOR"), ("sid", "a")), "company"),
        ];
        Assert.All(others, other => Assert.NotEqual(key, other));
        Assert.Equal(others.Length, others.Distinct().Count());
    }

    [Fact]
    public void A_variable_of_a_kind_it_cannot_write_exactly_shares_nothing() =>
        Assert.Null(AnswerKey.Of(Request("subscription { x }", new() { ["at"] = new object() }), User(("sub", "1")), null));

    [Fact]
    public async Task Subscriptions_asking_the_same_wait_for_one_run_and_get_its_result()
    {
        var @event = new object();
        var runs = 0;
        var release = new TaskCompletionSource();
        async ValueTask<ExecutionResult> Run()
        {
            Interlocked.Increment(ref runs);
            await release.Task;
            return new ExecutionResult { Executed = true };
        }
        var first = SharedAnswers.GetOrRunAsync(@event, "k", null, Run, CancellationToken.None).AsTask();
        var second = SharedAnswers.GetOrRunAsync(@event, "k", null, Run, CancellationToken.None).AsTask();
        var other = SharedAnswers.GetOrRunAsync(@event, "other", null, () => ValueTask.FromResult(new ExecutionResult()), CancellationToken.None).AsTask();
        Assert.False((await other).Shared);
        release.SetResult();
        var (a, b) = (await first, await second);
        Assert.Same(a.Result, b.Result);
        Assert.Equal([false, true], new[] { a.Shared, b.Shared });
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task When_the_running_subscription_leaves_a_waiting_one_runs_the_event_again()
    {
        var @event = new object();
        using var leaving = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var cancelled = new ExecutionResult { Executed = true, Errors = [new ExecutionError("The operation was canceled.")] };
        async ValueTask<ExecutionResult> Abandoned()
        {
            started.SetResult();
            try { await Task.Delay(Timeout.Infinite, leaving.Token); }
            catch (OperationCanceledException) { }
            return cancelled; // as GraphQL.NET answers a cancelled event
        }
        var owner = SharedAnswers.GetOrRunAsync(@event, "k", null, Abandoned, leaving.Token).AsTask();
        await started.Task;
        var fresh = new ExecutionResult { Executed = true };
        var waiter = SharedAnswers.GetOrRunAsync(@event, "k", null, () => ValueTask.FromResult(fresh), CancellationToken.None).AsTask();
        Assert.False(waiter.IsCompleted);
        await leaving.CancelAsync();

        Assert.Same(cancelled, (await owner).Result);
        var (result, shared) = await waiter;
        Assert.Same(fresh, result);
        Assert.False(shared);
    }

    [Fact]
    public async Task A_run_that_throws_is_not_shared_either()
    {
        var @event = new object();
        var started = new TaskCompletionSource();
        var fail = new TaskCompletionSource();
        async ValueTask<ExecutionResult> Failing()
        {
            started.SetResult();
            await fail.Task;
            throw new InvalidOperationException("boom");
        }
        var owner = SharedAnswers.GetOrRunAsync(@event, "k", null, Failing, CancellationToken.None).AsTask();
        await started.Task;
        var fresh = new ExecutionResult { Executed = true };
        var waiter = SharedAnswers.GetOrRunAsync(@event, "k", null, () => ValueTask.FromResult(fresh), CancellationToken.None).AsTask();
        fail.SetResult();
        await Assert.ThrowsAsync<InvalidOperationException>(() => owner);
        Assert.Same(fresh, (await waiter).Result);
    }

    [Fact]
    public async Task A_subscription_that_reaches_the_event_after_the_run_ended_gets_that_answer()
    {
        var @event = new object();
        var answer = new ExecutionResult { Executed = true };
        var first = await SharedAnswers.GetOrRunAsync(@event, "k", null, () => ValueTask.FromResult(answer), CancellationToken.None);
        var behind = await SharedAnswers.GetOrRunAsync(@event, "k", null, () => ValueTask.FromResult(new ExecutionResult()), CancellationToken.None);
        Assert.Same(answer, behind.Result);
        Assert.Equal([false, true], new[] { first.Shared, behind.Shared });
    }

    [Fact]
    public async Task An_event_handled_late_takes_only_an_answer_read_after_it_fell_due()
    {
        var @event = new object();
        var early = new ExecutionResult { Executed = true };
        var dueBefore = Stopwatch.GetTimestamp();
        await SharedAnswers.GetOrRunAsync(@event, "k", null, () => ValueTask.FromResult(early), CancellationToken.None);
        // Due before that run began: its answer is recent enough.
        Assert.Same(early, (await SharedAnswers.GetOrRunAsync(@event, "k", dueBefore, () => ValueTask.FromResult(new ExecutionResult()),
            CancellationToken.None)).Result);

        // Due after it (a throttled summary sent when its interval ended): read again, and that is the answer now.
        var late = new ExecutionResult { Executed = true };
        var (result, shared) = await SharedAnswers.GetOrRunAsync(@event, "k", Stopwatch.GetTimestamp(),
            () => ValueTask.FromResult(late), CancellationToken.None);
        Assert.Same(late, result);
        Assert.False(shared);
        Assert.Same(late, (await SharedAnswers.GetOrRunAsync(@event, "k", null, () => ValueTask.FromResult(new ExecutionResult()),
            CancellationToken.None)).Result);
    }
}

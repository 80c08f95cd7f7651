using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.Server.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>What the funnel's queries and subscriptions share: the opportunities a request selects, a database, the time.</summary>
internal static class FunnelReading
{
    public static readonly Expression<Func<Opportunity, bool>> Active = o => o.Account!.ArchivedAt == null;

    public static async Task<T> Read<T>(IResolveFieldContext context, Func<GraphKamDbContext, Task<T>> read)
    {
        await using var db = await context.Services().GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await read(db);
    }

    /// <summary>Opportunities of active accounts that the client's <c>where</c> selects; every analytic takes the same filter.</summary>
    public static Expression<Func<Opportunity, bool>> Selected(IResolveFieldContext context)
    {
        var filter = context.GetArgument<FilterValue?>("where")?.ToPredicate<Opportunity>();
        return filter == null ? Active : Predicates.And(Active, filter);
    }

    public static DateTime Now(IResolveFieldContext context) => context.Services().GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}

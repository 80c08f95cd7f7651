using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.DataLoader;

namespace GraphKam.Server.Plans;

/// <summary>Loads the people a plan names by key, batched with every other load of the level.</summary>
public static class PlanContacts
{
    public static IDataLoaderResult<List<Contact>> Load(IResolveFieldContext context, IEnumerable<int> ids) =>
        LoadAll<Contact>(context, ids);

    /// <summary>The rows of these keys that still exist, in the order of the keys.</summary>
    public static IDataLoaderResult<List<T>> LoadAll<T>(IResolveFieldContext context, IEnumerable<int> ids)
        where T : class, IEntity
    {
        var pending = ids.Select(id => context.LoadById<T>(id)).ToList();
        return new DeferredResult<List<T>>(async cancellationToken =>
        {
            var rows = new List<T>();
            foreach (var each in pending)
                if (await each.GetResultAsync(cancellationToken) is { } row) rows.Add(row);
            return rows;
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphKam.Server.Data;

/// <summary>
/// Two models of the one database: with the partner-isolation query filters, for contexts serving a partner, and
/// without, for everyone else. EF Core builds each once; a filter that is always true for most callers would
/// otherwise still be in every statement they run (and change how SQLite plans it).
/// </summary>
public sealed class AccessModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is GraphKamDbContext { PartnerId: not null }, designTime);
}

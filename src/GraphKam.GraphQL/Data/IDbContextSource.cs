using Microsoft.EntityFrameworkCore;

namespace GraphKam.GraphQL.Data;

/// <summary>
/// Creates a short-lived DbContext for one resolver or one loader batch. GraphQL.NET resolves fields in parallel
/// and a DbContext is not thread-safe, so nothing shares a context across fields.
/// </summary>
public interface IDbContextSource
{
    DbContext Create();
}

public sealed class DbContextSource<TContext>(IDbContextFactory<TContext> factory) : IDbContextSource
    where TContext : DbContext
{
    public DbContext Create() => factory.CreateDbContext();
}

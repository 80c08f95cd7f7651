using System.Xml.Linq;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

/// <summary>
/// Keeps ASP.NET Core's data-protection key ring in the database, so that a cookie issued by one instance is read
/// by every other (and survives a restart on a new machine).
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        using var db = Database(scope);
        return [.. db.Set<ServerKey>().Where(k => k.Purpose == ServerKey.DataProtection).OrderBy(k => k.Id)
            .Select(k => k.Value).AsEnumerable().Select(value => XElement.Parse(value))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        using var db = Database(scope);
        db.Add(new ServerKey
        {
            Purpose = ServerKey.DataProtection,
            Value = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        db.SaveChanges();
    }

    private static GraphKamDbContext Database(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContext();
}

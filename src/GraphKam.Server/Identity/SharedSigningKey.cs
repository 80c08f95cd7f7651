using System.Security.Cryptography;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Backups;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Server.Identity;

/// <summary>
/// The access-token signing key: <c>GraphKam:Auth:SigningKey</c> when set; else, on PostgreSQL, one key kept in the
/// database and shared by every instance (the first to need it makes it); else, on SQLite, the key file beside the
/// database (<see cref="SigningKey"/>). Never a key of one machine when several share a PostgreSQL database.
/// </summary>
public static class SharedSigningKey
{
    public static SymmetricSecurityKey Load(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();
        if (options.SigningKey is { Length: > 0 } || DatabaseProviders.Of(configuration) != DatabaseProvider.PostgreSQL)
            return SigningKey.Load(options, KeyFolder(services, options));
        using var scope = services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
            .CreateDbContext();
        return SigningKey.Load(new AuthOptions { SigningKey = FromDatabase(db) }, "");
    }

    /// <summary>
    /// Where a generated key file is kept: beside the SQLite database, whose folder the server writes to anyway (the
    /// install folder, the content root of a published server, may be read-only). A key made earlier in the content
    /// root, where keys used to go, is kept there.
    /// </summary>
    private static string KeyFolder(IServiceProvider services, AuthOptions options)
    {
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        if (File.Exists(Path.Combine(contentRoot, options.SigningKeyFile))) return contentRoot;
        return DatabaseFiles.SqliteFileOf(services) is { } database ? Path.GetDirectoryName(database)! : contentRoot;
    }

    private static string FromDatabase(GraphKamDbContext db)
    {
        if (Stored(db) is { } stored) return stored;
        // Two instances may both get here: the lock lets one write, and the other reads what it wrote.
        using var transaction = db.Database.BeginTransaction();
        if (Stored(db) is { } written) return written;
        db.Add(new ServerKey
        {
            Purpose = ServerKey.TokenSigning,
            Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
            CreatedAt = DateTime.UtcNow,
        });
        db.SaveChanges();
        transaction.Commit();
        return Stored(db)!;
    }

    private static string? Stored(GraphKamDbContext db) =>
        db.Set<ServerKey>().Where(k => k.Purpose == ServerKey.TokenSigning).OrderBy(k => k.Id).Select(k => k.Value)
            .FirstOrDefault();
}

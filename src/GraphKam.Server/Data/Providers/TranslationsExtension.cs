using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Adds a provider's GraphKam translations (<typeparamref name="TPlugin"/>: <see cref="SqliteTranslations"/> or
/// <see cref="PostgreSqlTranslations"/>) to a context.
/// </summary>
public sealed class TranslationsExtension<TPlugin>(string name) : IDbContextOptionsExtension
    where TPlugin : class, IMethodCallTranslatorPlugin
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this, name);

    public void ApplyServices(IServiceCollection services) => services.AddScoped<IMethodCallTranslatorPlugin, TPlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension, string name) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => $"using GraphKam's {name} translations ";
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo[$"GraphKam:{name}Translations"] = "1";
    }
}

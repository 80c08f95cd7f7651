using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Identity;

/// <summary>The five roles are reference data: every database has them.</summary>
public sealed class RoleStartup : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.ReferenceData;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<int>(role));
    }
}

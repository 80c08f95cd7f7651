using GraphKam.Server.Data;
using GraphKam.Server.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Demo;

/// <summary>
/// Sign-in for the demo: a login for each person of the demo sales team (their e-mails are <c>…@demo.graphkam</c>)
/// and two partners, <c>partner1@</c> and <c>partner2@demo.graphkam</c>, of the two distributors with the most
/// opportunities. All share <c>GraphKam:Auth:DemoPassword</c>.
/// </summary>
public static class DemoLogins
{
    public static async Task AddAsync(IServiceProvider services, GraphKamDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Logins.AnyAsync(cancellationToken) || !await db.People.AnyAsync(p => p.Email == "admin@demo.graphkam", cancellationToken)) return;
        var users = services.GetRequiredService<UserManager<Login>>();
        var password = services.GetRequiredService<IOptions<AuthOptions>>().Value.DemoPassword;
        // One hash for every demo login (hashing is deliberately slow; the salt inside makes sharing it harmless).
        var hash = users.PasswordHasher.HashPassword(new Login(), password);

        var partners = await db.Opportunities.Where(o => o.DistributorId != null).GroupBy(o => o.DistributorId!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).Take(2).ToListAsync(cancellationToken);
        var partnerOf = new Dictionary<string, int>(); // e-mail → distributor
        for (var i = 0; i < partners.Count; i++)
        {
            var name = await db.Distributors.Where(d => d.Id == partners[i]).Select(d => d.Name).FirstAsync(cancellationToken);
            var email = $"partner{i + 1}@demo.graphkam";
            db.People.Add(new User { Name = $"{name} 渠道经理 Partner {i + 1}", Email = email, Role = UserRole.Partner });
            partnerOf[email] = partners[i];
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var person in await db.People.Where(p => p.Email.EndsWith("@demo.graphkam")).OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            var login = new Login
            {
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                PersonId = person.Id,
                PasswordHash = hash,
                DistributorId = partnerOf.TryGetValue(person.Email, out var distributor) ? distributor : null,
            };
            await users.CreateWithRoleAsync(login, RoleNames.Of(person.Role));
        }
    }
}

using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Distributors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

/// <summary>
/// The administrator's mutations on logins, through Identity's <see cref="UserManager{TUser}"/> (its context is this
/// operation's). A person and their login are created in one save; roles replace the old ones.
/// </summary>
public sealed class UserAdministration(UserManager<Login> users, GraphKamDbContext db, TokenService tokens,
    TimeProvider clock, SessionValidator sessions, SignInThrottle throttle)
{
    public async Task<Payload> CreateAsync(CreateUserInput input, CancellationToken cancellationToken)
    {
        var errors = new List<MutationError>();
        var name = input.Name.Trim();
        var email = input.Email.Trim();
        TextRules.Check(name, "name", 200, errors, required: true);
        TextRules.Check(email, "email", 320, errors);
        var (distributor, roleErrors) = await CheckRolesAsync(input.Roles, input.DistributorId, cancellationToken);
        errors.AddRange(roleErrors);
        if (errors.Count == 0 && await db.People.AnyAsync(p => p.Email == email, cancellationToken)) errors.Add(new DuplicateEmailError(email));
        if (errors.Count > 0) return Payload.Failure(errors);

        var login = new Login
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DistributorId = distributor,
            Person = new User { Name = name, Email = email, Role = input.Roles[0] },
        };
        var created = await users.CreateAsync(login, input.Password);
        if (!created.Succeeded) return Payload.Failure(Translate(created, email));
        await users.AddToRolesAsync(login, input.Roles.Select(RoleNames.Of).Distinct());
        return Payload.Success(login.Person);
    }

    public async Task<Payload> SetRolesAsync(SetUserRolesInput input, CancellationToken cancellationToken)
    {
        var (login, notFound) = await FindAsync(input.UserId, cancellationToken);
        if (login == null) return Payload.Failure(notFound!);
        var (distributor, errors) = await CheckRolesAsync(input.Roles, input.DistributorId, cancellationToken);
        if (errors.Count > 0) return Payload.Failure(errors);
        await users.RemoveFromRolesAsync(login, await users.GetRolesAsync(login));
        await users.AddToRolesAsync(login, input.Roles.Select(RoleNames.Of).Distinct());
        login.DistributorId = distributor;
        login.Person!.Role = input.Roles[0];
        await users.UpdateAsync(login);
        // Tokens carry roles: the old ones must not be refreshed into new tokens with the old roles.
        await tokens.RevokeAllAsync(db, login.Id, cancellationToken);
        await EndSessionsAsync(login);
        return Payload.Success(login.Person);
    }

    public async Task<Payload> LockAsync(LockUserInput input, CancellationToken cancellationToken)
    {
        var (login, notFound) = await FindAsync(input.UserId, cancellationToken);
        if (login == null) return Payload.Failure(notFound!);
        if (input.Locked && input.Until is { } until && until <= clock.GetUtcNow().UtcDateTime) return Payload.Failure(new Common.ExpiryNotInFutureError(until));
        await users.SetLockoutEnabledAsync(login, true);
        await users.SetLockoutEndDateAsync(login, input.Locked ? input.Until is { } end ? new DateTimeOffset(end, TimeSpan.Zero) : DateTimeOffset.MaxValue : null);
        if (input.Locked)
        {
            await tokens.RevokeAllAsync(db, login.Id, cancellationToken);
            await EndSessionsAsync(login);
        }
        else
        {
            await users.ResetAccessFailedCountAsync(login);
            await throttle.ResetAsync(login.NormalizedEmail ?? "", cancellationToken);
        }
        return Payload.Success(login.Person!);
    }

    /// <summary>A new security stamp: the login's cookies, tokens and streams stop within a check interval.</summary>
    private async Task EndSessionsAsync(Login login)
    {
        await users.UpdateSecurityStampAsync(login);
        sessions.ForgetLogin(login.Id);
    }

    private async Task<(Login?, MutationError?)> FindAsync(string userId, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryParseKey(userId, "User", out var key)) return (null, new InvalidIdError("userId", userId, "User"));
        var login = await db.Logins.AsTracking().Include(l => l.Person).FirstOrDefaultAsync(l => l.PersonId == key, cancellationToken);
        return login == null ? (null, new UserNotFoundError(userId)) : (login, null);
    }

    /// <summary>At least one role; a distributor exactly when the roles include PARTNER, and it must exist.</summary>
    private async Task<(int? Distributor, List<MutationError> Errors)> CheckRolesAsync(IReadOnlyList<UserRole> roles, string? distributorId,
        CancellationToken cancellationToken)
    {
        if (roles.Count == 0) return (null, [new RolesRequiredError()]);
        var partner = roles.Contains(UserRole.Partner);
        if (partner != (distributorId != null)) return (null, [new DistributorRequiredError()]);
        if (distributorId == null) return (null, []);
        var (key, error) = await db.ExistingKeyAsync<Distributor>(distributorId, "Distributor", "distributorId", id => new DistributorNotFoundError(id), cancellationToken);
        return error == null ? (key, []) : (null, [error]);
    }

    private static List<MutationError> Translate(IdentityResult result, string email)
    {
        var errors = new List<MutationError>();
        var weak = result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).Select(e => e.Description).ToList();
        if (weak.Count > 0) errors.Add(new InvalidPasswordError(weak));
        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")) errors.Add(new DuplicateEmailError(email));
        if (result.Errors.Any(e => e.Code is "InvalidEmail" or "InvalidUserName")) errors.Add(new InvalidEmailError(email));
        return errors.Count > 0 ? errors : [new InvalidEmailError(email)];
    }
}

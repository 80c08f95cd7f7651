using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Distributors;

namespace GraphKam.Server.Identity;

/// <summary>Creates and revokes API tokens. The token is random, shown once, and stored only as its SHA-256 hash.</summary>
public static class ApiTokenIssuing
{
    public static async Task<Payload> CreateAsync(CreateApiTokenInput input, MutationScope scope)
    {
        var errors = new List<MutationError>();
        var name = input.Name.Trim();
        TextRules.Check(name, "name", 200, errors, required: true);
        if (input.ExpiresAt <= scope.Now) errors.Add(new ExpiryNotInFutureError(input.ExpiresAt));
        if (input.Scopes.Count == 0) errors.Add(new RequiredValueError("scopes"));
        var (distributor, missing) = await scope.Db.ExistingKeyAsync<Distributor>(input.DistributorId, "Distributor", "distributorId",
            id => new DistributorNotFoundError(id), scope.CancellationToken);
        if (missing != null) errors.Add(missing);
        if (errors.Count > 0) return Payload.Failure(errors);

        var secret = TokenService.NewSecret(ApiTokens.Prefix);
        var token = new ApiToken
        {
            Name = name,
            Hash = TokenService.Hash(secret),
            DistributorId = distributor,
            ExpiresAt = input.ExpiresAt,
            Scopes = input.Scopes.Distinct().Select(s => s.ToString().ToUpperInvariant()).ToList(),
            CreatedAt = scope.Now,
            CreatedBy = scope.Actor,
        };
        scope.Db.ApiTokens.Add(token);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(new IssuedApiToken(token, secret));
    }

    public static async Task<Payload> RevokeAsync(RevokeApiTokenInput input, MutationScope scope, SessionValidator validator)
    {
        var (token, error) = await scope.FindForChangeAsync<ApiToken>(input.Id, "ApiToken", "id", id => new ApiTokenNotFoundError(id));
        if (token == null) return Payload.Failure(error!);
        token.RevokedAt ??= scope.Now;
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        // This instance's remembered "still valid" goes once the revocation is visible to the next check.
        scope.AfterCommit(() => validator.ForgetApiToken(token.Id));
        return Payload.Success(new IssuedApiToken(token, null));
    }
}

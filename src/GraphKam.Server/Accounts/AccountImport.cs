using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

using GraphKam.Server.Imports;

namespace GraphKam.Server.Accounts;

/// <summary>Accounts, as <c>createAccount</c> creates them.</summary>
public sealed class AccountImport : ImportKind
{
    public override string Name => "accounts";
    public override string Mutation => "createAccount";

    public override Task<Payload> CreateAsync(object input, MutationScope scope, IServiceProvider services) =>
        CreateAccount.HandleAsync((CreateAccountInput)input, scope, services.GetRequiredService<AccountChanges>());
}

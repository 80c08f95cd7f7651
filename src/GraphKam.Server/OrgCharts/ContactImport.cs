using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

using GraphKam.Server.Imports;

namespace GraphKam.Server.OrgCharts;

/// <summary>Contacts on accounts' organisation charts, as <c>addContact</c> adds them (<c>accountId</c> is the account's ID).</summary>
public sealed class ContactImport : ImportKind
{
    public override string Name => "contacts";
    public override string Mutation => "addContact";

    public override Task<Payload> CreateAsync(object input, MutationScope scope, IServiceProvider services) =>
        ContactEditing.AddAsync((AddContactInput)input, scope);
}

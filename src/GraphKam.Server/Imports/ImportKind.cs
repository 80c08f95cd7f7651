using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Imports;

/// <summary>
/// One kind of row an import creates, through the create mutation of the area it belongs to: the mutation's input
/// type reads a row (the file's columns are its fields), its roles say who may import, and its handler checks and
/// saves each row, so an imported row obeys exactly the rules a created one does. A new kind is a class like
/// <c>Accounts/AccountImport</c>, registered by its area with <see cref="ImportRegistration.Imports{T}"/>.
/// </summary>
public abstract class ImportKind
{
    /// <summary>The kind's name in <c>/import/{kind}</c> and on the command line (<c>accounts</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The mutation whose input, roles and rules a row has (<c>createAccount</c>).</summary>
    public abstract string Mutation { get; }

    /// <summary>Checks and saves one row, parsed by the mutation's input type, as the mutation's handler does.</summary>
    public abstract Task<Payload> CreateAsync(object input, MutationScope scope, IServiceProvider services);
}

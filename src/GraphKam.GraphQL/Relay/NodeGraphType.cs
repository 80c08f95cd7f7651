using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphKam.GraphQL.Relay;

/// <summary>A GraphQL type that <c>node(id:)</c> can resolve: it knows how to load its objects by key.</summary>
public interface INodeType : IObjectGraphType
{
    IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int key);
}

/// <summary>
/// Base for object types over an entity: implements <c>Node</c>, exposes the global <c>id</c> and loads by key
/// through the request's batching loader. Subclasses list their other fields explicitly.
/// </summary>
public abstract class NodeGraphType<T> : ObjectType<T>, INodeType where T : class, IEntity
{
    protected NodeGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The global, opaque ID of this {name}.")
            .Resolve(context => GlobalId.Encode(name, context.Source.Id));
    }

    public IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int key)
    {
        var pending = context.LoadById<T>(key, this);
        return new DeferredResult<object?>(async cancellationToken => await pending.GetResultAsync(cancellationToken));
    }
}

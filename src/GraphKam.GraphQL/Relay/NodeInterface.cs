using GraphQL.Types;

namespace GraphKam.GraphQL.Relay;

/// <summary>Relay's <c>Node</c> interface: every object that can be fetched again by its global ID.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID. Any such object can be fetched again with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global, opaque ID of this object.");
    }
}

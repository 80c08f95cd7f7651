namespace GraphKam.GraphQL.Relay;

/// <summary>A stored entity with an integer key; the key is what a global ID carries.</summary>
public interface IEntity
{
    int Id { get; }
}

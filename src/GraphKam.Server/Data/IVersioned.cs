using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// An entity clients change by sending back the <c>version</c> they read. The column is a concurrency token, so a
/// change committed by someone else between our read and our write is caught at the save, not only by the check before.
/// </summary>
public interface IVersioned : IEntity
{
    int Version { get; set; }
}

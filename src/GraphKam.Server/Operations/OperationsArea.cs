using GraphKam.Server.Common;

namespace GraphKam.Server.Operations;

/// <summary>How the server itself is doing, for the people who run it: the admin view of the dashboard.</summary>
public sealed class OperationsArea : IArea
{
    public void Register(AreaBuilder area) => area.Query<OperationsQueries>();
}

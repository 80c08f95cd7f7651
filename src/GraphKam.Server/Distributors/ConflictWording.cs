using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

/// <summary>
/// What a partner reads about a conflict it is part of. The company's description names the direct deal and its
/// amount, or the other partner: facts a partner may not see. This says only what kind of conflict it is.
/// </summary>
public static class ConflictWording
{
    public static string ForPartner(ChannelConflict conflict) => conflict.Kind switch
    {
        ConflictKind.DirectVsChannel => "The company's own sales team is also working a deal on this account.",
        ConflictKind.TerritoryBreach => "This account or deal lies outside your territory.",
        ConflictKind.DistributorOverlap => "Another exclusive partner's territory overlaps yours.",
        ConflictKind.DuplicateRegistration => "Another partner registered this account inside the protection window.",
        _ => "A channel conflict concerns you.",
    };
}

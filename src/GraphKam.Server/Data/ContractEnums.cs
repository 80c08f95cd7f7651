using System.ComponentModel;

namespace GraphKam.Server.Data;

// Stored as their numbers (explicit, because rows on disk depend on them).

[Description("Where a contract's renewal stands.")]
public enum ContractRenewalState
{
    [Description("In force (or signed and not yet started); no renewal under way.")] Active = 1,
    [Description("A renewal deal is open in the funnel (`renewContract`).")] RenewalInProgress = 2,
    [Description("Renewed: its renewal deal was won, or a successor contract names it as `renewalOf`.")] Renewed = 3,
    [Description("Will not be renewed: its renewal deal was lost, or it ended without one.")] Lapsed = 4,
    [Description("Ended early by agreement.")] Terminated = 5,
}

using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// The model that staff contexts on SQLite use instead of building one at start (compiled ahead of time; Setup
/// registers it). Partners' contexts never take it: their model carries the isolation filters.
/// </summary>
public sealed record StaffModel(IModel Model);

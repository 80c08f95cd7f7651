using GraphKam.Server.Common;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Capacity;

/// <summary>
/// Sales capacity: the accounts each rep covers by tier against what one rep can cover, and their visits and
/// face-to-face meetings against the activity quotas. Read-only views over accounts, teams and activities; staff only.
/// </summary>
public sealed class CapacityArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<CapacityQueries>();
        area.Options<CapacityOptions>("GraphKam:Capacity").ValidateOnStart();
        // Names the setting out of range, as an operator meets it at start-up.
        area.Services.AddSingleton<IValidateOptions<CapacityOptions>, CapacityOptionsValidation>();
    }
}

public sealed class CapacityOptionsValidation : IValidateOptions<CapacityOptions>
{
    public ValidateOptionsResult Validate(string? name, CapacityOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}

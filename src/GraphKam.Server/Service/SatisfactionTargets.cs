using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

public sealed record SetSatisfactionTargetInput(int Year, double Target);

/// <summary><c>setSatisfactionTarget</c>: the organisation's target for a year; setting it again replaces it.</summary>
public static class SatisfactionTargets
{
    public static async Task<Payload> SetAsync(SetSatisfactionTargetInput input, MutationScope scope)
    {
        var errors = new List<MutationError>();
        if (input.Year is < SalesCalendar.FirstYear or > SalesCalendar.LastYear) errors.Add(new OutOfRangeError("year", SalesCalendar.FirstYear, SalesCalendar.LastYear, input.Year));
        if (!(input.Target is >= 0 and <= 100)) errors.Add(new SatisfactionOutOfRangeError(input.Target));
        if (errors.Count > 0) return Payload.Failure(errors);
        var target = await scope.Db.SatisfactionTargets.AsTracking().FirstOrDefaultAsync(t => t.Year == input.Year, scope.CancellationToken);
        if (target == null) scope.Db.SatisfactionTargets.Add(target = new SatisfactionTarget { Year = input.Year, SetBy = scope.Actor });
        target.Target = input.Target;
        target.SetAt = scope.Now;
        target.SetBy = scope.Actor;
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(target);
    }
}

public sealed class SetSatisfactionTargetInputType : InputObjectGraphType
{
    public SetSatisfactionTargetInputType()
    {
        Name = "SetSatisfactionTargetInput";
        Description = "The organisation's satisfaction target for a calendar year.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year (2000–2100).");
        Field<NonNullGraphType<FloatGraphType>>("target").Description("The target, from 0 to 100.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SetSatisfactionTargetInput(value.Required<int>("year"), value.Required<double>("target"));
}

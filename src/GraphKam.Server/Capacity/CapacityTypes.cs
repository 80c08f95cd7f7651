using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Capacity;

public sealed class AttainmentGroupingType : EnumType<AttainmentGrouping>;

public sealed class TierCountType : ObjectType<TierCount>
{
    public TierCountType()
    {
        Name = "TierCount";
        Description = "How many of a rep's accounts are in one tier of the default tier policy.";
        Field(t => t.TierCode, nullable: true).Description("The tier's code; null for accounts not graded.");
        Field(t => t.Count).Description("How many accounts.");
    }
}

public sealed class CapacityRowType : ObjectType<CapacityRow>
{
    public CapacityRowType()
    {
        Name = "SalesCapacityRow";
        Description = "One rep's book (accounts owned, or covered as OUTSIDE_SALES or INSIDE_SALES on the team) against "
            + "what one rep of their kind can cover.";
        Field<NonNullGraphType<UserType>>("user").Description("The rep.").Resolve(c => c.Source.User);
        Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("OUTSIDE for account managers, INSIDE for inside sales.").Resolve(c => c.Source.Coverage);
        Field(r => r.Accounts).Description("Active accounts they cover, each once.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierCountType>>>>("byTier")
            .Description("Those accounts by tier code (ungraded last).").Resolve(c => c.Source.ByTier);
        Field(r => r.Capacity).Description("How many accounts one rep of their kind covers (GraphKam:Capacity).");
        Field(r => r.Load).Description("Accounts ÷ capacity (1.1 = 110 %).");
        Field(r => r.OverCapacity).Description("Whether they cover more accounts than the capacity.");
    }
}

public sealed class AttainmentRowType : ObjectType<AttainmentRow>
{
    public AttainmentRowType()
    {
        Name = "ActivityAttainmentRow";
        Description = "A rep's or a team's visits and face-to-face meetings against the quotas of the working days so far.";
        Field(r => r.Key).Description("The rep's name, or the team (OUTSIDE, INSIDE).");
        Field<UserType>("user").Description("The rep, when grouped by owner.").Resolve(c => c.Source.User);
        Field<CoverageType>("team").Description("The rep's team: OUTSIDE (account managers) or INSIDE.").Resolve(c => c.Source.Team);
        Field(r => r.People).Description("How many reps the row counts.");
        Field(r => r.Visits).Description("On-site visits in the period.");
        Field(r => r.VisitQuota).Description("Working days × visits per day × people.");
        Field(r => r.VisitAttainment, nullable: true).Description("Visits ÷ quota; null when the quota is 0.");
        Field(r => r.Meetings).Description("Face-to-face meetings (visits and meetings) in the period.");
        Field(r => r.MeetingQuota).Description("Working days × meetings per week ÷ 5 (rounded down) × people.");
        Field(r => r.MeetingAttainment, nullable: true).Description("Meetings ÷ quota; null when the quota is 0.");
    }
}

public sealed class AttainmentType : ObjectType<Attainment>
{
    public AttainmentType()
    {
        Name = "ActivityAttainment";
        Description = "Visits and face-to-face meetings of a period against the activity quotas.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("The period.").Resolve(c => c.Source.Period.Text);
        Field<NonNullGraphType<AttainmentGroupingType>>("groupBy").Description("How the rows are grouped.").Resolve(c => c.Source.GroupBy);
        Field(a => a.WorkingDays).Description("Monday-to-Friday days of the period so far (today included).");
        Field(a => a.Weeks).Description("Those days in working weeks (days ÷ 5).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttainmentRowType>>>>("rows").Description("One row per rep or team.")
            .Resolve(c => c.Source.Rows);
    }
}

public sealed class SalesCapacityFilterInputType : InputObjectGraphType
{
    public SalesCapacityFilterInputType()
    {
        Name = "SalesCapacityFilterInput";
        Description = "Which reps `salesCapacity` lists.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("userIds").Description("Only these people.");
        Field<CoverageType>("coverage").Description("Only outside (account managers) or inside reps.");
        Field<BooleanGraphType>("overCapacity").Description("Only those over (true) or within (false) their capacity.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var ids = value.GetList<string>("userIds")?.Select(id => GlobalId.TryParseKey(id, "User", out var key)
            ? key : throw new InvalidIdError("userIds", id, "User").ToException()).ToList();
        return new SalesCapacityFilter(ids, value.Get<Coverage?>("coverage"), value.Get<bool?>("overCapacity"));
    }
}

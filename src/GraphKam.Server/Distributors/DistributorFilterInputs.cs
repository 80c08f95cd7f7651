using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

public sealed class DistributorFilterInput : FilterInputType<Distributor>
{
    public DistributorFilterInput() : base("Conditions on distributors.")
    {
        Id("id", d => d.Id, "Distributor", "The distributor's ID.");
        Field("name", d => d.Name, "The partner's name.");
        Enum<DistributorKindType, DistributorKind>("kind", d => d.Kind, "Its kind.");
        Enum<DistributorModelType, DistributorModel>("model", d => d.Model, "Distributor or agent.");
        Field("commissionRate", d => d.CommissionRate, "An agent's commission rate.");
        Enum<DistributorStatusType, DistributorStatus>("status", d => d.Status, "Active, suspended or terminated.");
        Object<DistributorFilterInput, Distributor>("parent", d => d.Parent, "The first-tier distributor it buys from (matches only second-tier ones).");
        Id("parentId", d => d.ParentId, "Distributor", "Its parent's ID; `eq: null` finds the first tier.");
        List<DistributorFilterInput, Distributor>("children", d => d.Children, "The second-tier partners it supplies.");
        ScalarList("regions", d => d.Regions, "Its regions, e.g. `regions: { some: { eq: \"Beijing\" } }` (an empty list means all regions).");
        EnumList<IndustryType, Industry>("industries", d => d.Industries, "Its industries (an empty list means all industries).");
        Field("contractStart", d => d.ContractStart, "When its contract started.");
        Field("contractEnd", d => d.ContractEnd, "When its contract ends; `eq: null` finds open-ended contracts.");
        List<AccountFilterInput, Account>("accounts", d => d.Accounts, "The accounts it serves.");
        Field("createdAt", d => d.CreatedAt, "When it was added.");
        // Partners cannot read these, so they may not filter or sort by them either.
        this.HideFromRestricted("parent", "parentId");
    }
}

public sealed class DistributorSortInput : SortInputType<Distributor>
{
    public DistributorSortInput() : base("Sort keys for distributors.")
    {
        Field("name", d => d.Name, "By name.");
        Field("kind", d => d.Kind, "By kind.");
        Field("model", d => d.Model, "By model.");
        Field("status", d => d.Status, "By status.");
        Field("commissionRate", d => d.CommissionRate, "By commission rate.");
        Field("contractStart", d => d.ContractStart, "By contract start.");
        Field("contractEnd", d => d.ContractEnd, "By contract end.");
        Field("createdAt", d => d.CreatedAt, "By when it was added.");
        Object<DistributorSortInput, Distributor>("parent", d => d.Parent, "By its parent's fields.");
        // Partners cannot read these, so they may not filter or sort by them either.
        this.HideFromRestricted("parent");
    }
}

public sealed class ScorecardFilterInput : FilterInputType<Scorecard>
{
    public ScorecardFilterInput() : base("Conditions on scorecards.")
    {
        Object<DistributorFilterInput, Distributor>("distributor", s => s.Distributor, "The partner evaluated.");
        Field("period", s => s.Period, "The quarter, e.g. 2026-Q3.");
        Field("salesAmount", s => s.SalesAmount, "Sales in yuan.");
        Field("target", s => s.Target, "Target in yuan.");
        Field("attainment", s => s.Attainment, "Sales ÷ target.");
        Field("coverageScore", s => s.CoverageScore, "Coverage score.");
        Field("serviceScore", s => s.ServiceScore, "Service score.");
        Field("paymentScore", s => s.PaymentScore, "Payment score.");
        Field("overallScore", s => s.OverallScore, "Overall score.");
    }
}

public sealed class ScorecardSortInput : SortInputType<Scorecard>
{
    public ScorecardSortInput() : base("Sort keys for scorecards.")
    {
        Field("overallScore", s => s.OverallScore, "By overall score.");
        Field("attainment", s => s.Attainment, "By attainment.");
        Field("salesAmount", s => s.SalesAmount, "By sales.");
        Field("coverageScore", s => s.CoverageScore, "By coverage score.");
        Field("serviceScore", s => s.ServiceScore, "By service score.");
        Field("paymentScore", s => s.PaymentScore, "By payment score.");
        Field("period", s => s.Period, "By quarter.");
        Object<DistributorSortInput, Distributor>("distributor", s => s.Distributor, "By the partner's fields.");
    }
}

public sealed class ChannelConflictFilterInput : FilterInputType<ChannelConflict>
{
    public ChannelConflictFilterInput() : base("Conditions on channel conflicts.")
    {
        Id("id", c => c.Id, "ChannelConflict", "The conflict's ID.");
        Enum<ConflictKindType, ConflictKind>("kind", c => c.Kind, "Which rule found it.");
        Enum<ConflictStatusType, ConflictStatus>("status", c => c.Status, "Open, resolved or cleared.");
        Object<DistributorFilterInput, Distributor>("distributor", c => c.Distributor, "The distributor involved.");
        Object<DistributorFilterInput, Distributor>("otherDistributor", c => c.OtherDistributor, "The other distributor (matches only conflicts that have one).");
        Object<AccountFilterInput, Account>("account", c => c.Account, "The account (matches only conflicts about one).");
        Field("detectedAt", c => c.DetectedAt, "When it was found.");
        Field("resolvedAt", c => c.ResolvedAt, "When it was resolved or cleared.");
    }
}

public sealed class ChannelConflictSortInput : SortInputType<ChannelConflict>
{
    public ChannelConflictSortInput() : base("Sort keys for channel conflicts.")
    {
        Field("detectedAt", c => c.DetectedAt, "By when it was found.");
        Field("kind", c => c.Kind, "By kind.");
        Field("status", c => c.Status, "By status.");
        Field("resolvedAt", c => c.ResolvedAt, "By when it was resolved.");
        Object<DistributorSortInput, Distributor>("distributor", c => c.Distributor, "By the distributor's fields.");
        Object<AccountSortInput, Account>("account", c => c.Account, "By the account's fields.");
    }
}

public sealed class DealRegistrationFilterInput : FilterInputType<DealRegistration>
{
    public DealRegistrationFilterInput() : base("Conditions on deal registrations.")
    {
        Id("id", r => r.Id, "DealRegistration", "The registration's ID.");
        Enum<RegistrationStatusType, RegistrationStatus>("status", r => r.Status, "Pending, approved or rejected.");
        Object<DistributorFilterInput, Distributor>("distributor", r => r.Distributor, "The partner registering.");
        Object<AccountFilterInput, Account>("account", r => r.Account, "The account.");
        Field("amount", r => r.Amount, "Expected value in yuan.");
        Field("expectedCloseDate", r => r.ExpectedCloseDate, "When it should close.");
        Field("registeredAt", r => r.RegisteredAt, "When it was registered.");
        List<ChannelConflictFilterInput, ChannelConflict>("conflicts", r => r.Conflicts, "The conflicts it raised, e.g. `conflicts: { any: true }`.");
    }
}

public sealed class DealRegistrationSortInput : SortInputType<DealRegistration>
{
    public DealRegistrationSortInput() : base("Sort keys for deal registrations.")
    {
        Field("registeredAt", r => r.RegisteredAt, "By when it was registered.");
        Field("amount", r => r.Amount, "By amount.");
        Field("status", r => r.Status, "By status.");
        Field("expectedCloseDate", r => r.ExpectedCloseDate, "By expected close date.");
        Object<DistributorSortInput, Distributor>("distributor", r => r.Distributor, "By the partner's fields.");
        Object<AccountSortInput, Account>("account", r => r.Account, "By the account's fields.");
    }
}

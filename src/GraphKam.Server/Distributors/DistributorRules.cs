using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

/// <summary>The rules a distributor's own fields must follow, as a pure function (the hierarchy needs the database).</summary>
public static class DistributorRules
{
    public const int MaxNameLength = 200;
    public const int MaxRegionLength = 50;
    public const int MaxPhoneLength = 50;

    /// <summary>Sets the contact details given (blank clears them), trimmed.</summary>
    public static void ApplyContact(Distributor distributor, DistributorContact contact)
    {
        if (contact.Name.IsSet) distributor.ContactName = Blank(contact.Name.Value);
        if (contact.Email.IsSet) distributor.ContactEmail = Blank(contact.Email.Value);
        if (contact.Phone.IsSet) distributor.ContactPhone = Blank(contact.Phone.Value);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static List<MutationError> Validate(Distributor distributor)
    {
        var errors = new List<MutationError>();
        if (string.IsNullOrWhiteSpace(distributor.Name)) errors.Add(new RequiredValueError("name"));
        else if (distributor.Name.Length > MaxNameLength) errors.Add(new TooLongError("name", MaxNameLength));
        var commissionOk = distributor.Model == DistributorModel.Agent
            ? distributor.CommissionRate is > 0 and < 1
            : distributor.CommissionRate == null;
        if (!commissionOk) errors.Add(new InvalidCommissionRateError(distributor.Model, distributor.CommissionRate));
        if (distributor.ContractEnd is { } end && end <= distributor.ContractStart) errors.Add(new InvalidContractPeriodError(distributor.ContractStart, end));
        TextRules.Check(distributor.ContactName, "contactName", MaxNameLength, errors);
        if (distributor.ContactEmail is { } email && (email.Length > MaxNameLength || !EmailAddress.IsValid(email)))
            errors.Add(new InvalidEmailError(email));
        TextRules.Check(distributor.ContactPhone, "contactPhone", MaxPhoneLength, errors);
        if (distributor.Regions.Any(r => r.Length == 0)) errors.Add(new RequiredValueError("regions"));
        if (distributor.Regions.Any(r => r.Length > MaxRegionLength)) errors.Add(new TooLongError("regions", MaxRegionLength));
        if (distributor.Kind == DistributorKind.RegionalExclusive && distributor.Regions.Count == 0)
            errors.Add(new TerritoryRequiredError(distributor.Kind, "regions"));
        if (distributor.Kind == DistributorKind.IndustryAuthorized && distributor.Industries.Count == 0)
            errors.Add(new TerritoryRequiredError(distributor.Kind, "industries"));
        return errors;
    }

    /// <summary>Regions as stored: trimmed, each once (ignoring case), in the order given.</summary>
    public static List<string> CleanRegions(IEnumerable<string> regions) =>
        regions.Select(r => r.Trim()).DistinctBy(r => r.ToLowerInvariant()).ToList();

    public static bool IsExclusive(DistributorKind kind) => kind is DistributorKind.GeneralExclusive or DistributorKind.RegionalExclusive;

    /// <summary>Whether an account's region and industry lie inside a territory; an empty list means everywhere.</summary>
    public static bool Covers(IReadOnlyCollection<string> regions, IReadOnlyCollection<Industry> industries, string region, Industry industry) =>
        (regions.Count == 0 || regions.Contains(region, StringComparer.OrdinalIgnoreCase)) && (industries.Count == 0 || industries.Contains(industry));

    /// <summary>Whether two territories share at least one region and one industry.</summary>
    public static bool Overlap(Distributor one, Distributor other) =>
        (one.Regions.Count == 0 || other.Regions.Count == 0 || one.Regions.Intersect(other.Regions, StringComparer.OrdinalIgnoreCase).Any())
        && (one.Industries.Count == 0 || other.Industries.Count == 0 || one.Industries.Intersect(other.Industries).Any());
}

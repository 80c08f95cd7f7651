using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// One answer of an account's person to "how satisfied are you?" (满意度调查), on the 0–100 scale of
/// <see cref="Account.Satisfaction"/>, which is the mean of the account's recent surveys.
/// </summary>
public sealed class SatisfactionSurvey : IEntity
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public double Score { get; set; }
    public ServiceChannel Channel { get; set; }
    public string? Comment { get; set; }

    /// <summary>The service case the answer is about, one of the same account's; null for a general survey.</summary>
    public int? CaseId { get; set; }
    public ServiceCase? Case { get; set; }

    public DateTime RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>The organisation's satisfaction target for a calendar year (e.g. 90 this year, 95 the next).</summary>
public sealed class SatisfactionTarget : IEntity
{
    public int Id { get; set; }
    public int Year { get; set; }
    public double Target { get; set; }
    public DateTime SetAt { get; set; }
    public required string SetBy { get; set; }
}

using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on the service-case tables: a partner's transaction, on the application role's own connection and
/// without the application's filters, sees cases (and their history) only on accounts the partner sees.
/// </summary>
public sealed class ServiceCaseRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_cases_and_their_history_only_on_accounts_it_sees()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        int partner, seen, unseen;
        await using (var staff = factory.Db())
        {
            partner = await staff.DistributorAssignments.Select(x => x.DistributorId).FirstAsync();
            seen = await staff.DistributorAssignments.Where(x => x.DistributorId == partner)
                .Select(x => x.AccountId).FirstAsync();
            unseen = await staff.Accounts.Where(a =>
                    !staff.DistributorAssignments.Any(x => x.AccountId == a.Id && x.DistributorId == partner)
                    && !staff.Opportunities.Any(o => o.AccountId == a.Id && o.DistributorId == partner)
                    && !staff.DealRegistrations.Any(r => r.AccountId == a.Id && r.DistributorId == partner))
                .Select(a => a.Id).FirstAsync();
            foreach (var account in new[] { seen, unseen }) await AddCaseAsync(staff, account);
        }

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        // Only the two cases made here (the demo data has cases of its own).
        const string CaseAccounts = $"""
            SELECT "AccountId" FROM "ServiceCases" WHERE "Subject" = '{Probe}' ORDER BY "AccountId"
            """;
        const string HistoryAccounts = $"""
            SELECT c."AccountId" FROM "ServiceCaseChanges" AS h JOIN "ServiceCases" AS c ON c."Id" = h."CaseId"
            WHERE c."Subject" = '{Probe}' ORDER BY c."AccountId"
            """;
        Assert.Equal(new[] { seen, unseen }.Order(), await IdsAsync(app, CaseAccounts));
        Assert.Equal(new[] { seen, unseen }.Order(), await IdsAsync(app, HistoryAccounts));
        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal([seen], await IdsAsync(app, CaseAccounts));
        Assert.Equal([seen], await IdsAsync(app, HistoryAccounts));
    }

    private const string Probe = "Late delivery (row-level security probe)";

    private static async Task AddCaseAsync(GraphKamDbContext db, int account)
    {
        var now = DateTime.UtcNow;
        var serviceCase = new ServiceCase
        {
            AccountId = account,
            Kind = ServiceCaseKind.Complaint,
            Severity = ServiceSeverity.High,
            Channel = ServiceChannel.Phone,
            Subject = Probe,
            Status = ServiceCaseStatus.Open,
            TierCode = "A1",
            OpenedAt = now,
            OpenedBy = CurrentActor.System,
            RespondBy = now.AddHours(4),
            ResolveBy = now.AddHours(16),
            UpdatedAt = now,
        };
        db.ServiceCases.Add(serviceCase);
        await db.SaveChangesAsync();
        db.ServiceCaseChanges.Add(new ServiceCaseChange
        {
            CaseId = serviceCase.Id,
            Kind = ServiceCaseChangeKind.Opened,
            ToStatus = ServiceCaseStatus.Open,
            ChangedAt = now,
            ChangedBy = CurrentActor.System,
        });
        await db.SaveChangesAsync();
    }
}

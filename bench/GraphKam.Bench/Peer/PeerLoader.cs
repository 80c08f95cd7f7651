using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphKam.Bench.Peer;

/// <summary>
/// Puts <see cref="PeerDataSet"/> into a GraphKam SQLite database that the server has migrated and seeded with its
/// demo data (run with the server stopped): the demo accounts and opportunities go, with every row that hangs off
/// them; the demo users and sign-ins stay. The peer's users become Users 1001..1200 (account managers), its accounts
/// and opportunities keep their ids. Money in yuan becomes fen; the peer's stages map onto GraphKam's funnel; a won
/// or lost deal is written the way closing it through the API writes it.
/// </summary>
public static class PeerLoader
{
    private const int UserOffset = 1000, RoleAccountManager = 3, ScaleLarge = 2, ScaleSme = 3;
    private const int CoverageOutside = 1, CoverageInside = 2, LoyaltyFirstPurchase = 3, RouteOutside = 1;
    private const int RouteInside = 2;
    private const long LargeDealFen = 1_000_000 * 100L;
    private const string Actor = "peer-import";

    private static readonly Dictionary<string, string> StageKeys = new()
    {
        ["LEAD"] = "IDENTIFY",
        ["QUALIFIED"] = "MAP_ORGANISATION",
        ["PROPOSAL"] = "PROPOSE",
        ["NEGOTIATION"] = "NEGOTIATE",
        ["COMMIT"] = "COMMIT",
    };
    private static readonly string[] Industries = ["GOVERNMENT", "EDUCATION", "ENTERPRISE", "MILITARY", "TELECOM",
        "POWER", "FINANCE", "OTHER"];

    public static void Load(string database)
    {
        var started = Stopwatch.StartNew();
        using var db = new SqliteConnection($"Data Source={database};Pooling=False");
        db.Open();
        Execute(db, "PRAGMA foreign_keys = OFF");
        var stages = new Dictionary<string, (long Id, long Order)>();
        using (var reader = Command(db, "SELECT Id, Key, \"Order\" FROM FunnelStages").ExecuteReader())
            while (reader.Read()) stages[reader.GetString(1)] = (reader.GetInt64(0), reader.GetInt64(2));
        using var transaction = db.BeginTransaction();
        foreach (var table in DependentTables(db)) Execute(db, $"DELETE FROM \"{table}\"");
        InsertUsers(db);
        InsertAccounts(db);
        InsertOpportunities(db, stages);
        var problems = Command(db, "SELECT count(*) FROM pragma_foreign_key_check").ExecuteScalar();
        if (Convert.ToInt64(problems, CultureInfo.InvariantCulture) != 0)
            throw new InvalidOperationException($"{problems} foreign key problems after the load: rolled back.");
        transaction.Commit();
        Execute(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        Console.WriteLine($"Peer data set loaded into {database} in {started.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>Accounts, opportunities and every table that refers to them, directly or through another such table.</summary>
    private static List<string> DependentTables(SqliteConnection db)
    {
        var references = new List<(string From, string To)>();
        var tables = new List<string>();
        using (var reader = Command(db, "SELECT name FROM sqlite_master WHERE type = 'table'").ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));
        foreach (var table in tables)
        {
            using var reader = Command(db, $"SELECT \"table\" FROM pragma_foreign_key_list('{table}')").ExecuteReader();
            while (reader.Read()) references.Add((table, reader.GetString(0)));
        }
        var doomed = new HashSet<string>(StringComparer.Ordinal) { "Accounts", "Opportunities" };
        // Users, sign-ins and distributors stay (they may point at an account, e.g. a primary contact; none must).
        for (var grown = true; grown;)
            grown = references.Where(r => doomed.Contains(r.To) && r.From is not ("Users" or "Distributors"))
                .Select(r => doomed.Add(r.From)).ToList().Contains(true);
        return [.. doomed];
    }

    private static void InsertUsers(SqliteConnection db) => Insert(db,
        "INSERT INTO Users (Id, Name, Email, Role) VALUES ($1, $2, $3, $4)",
        PeerDataSet.GenerateUsers().Select(u => new object?[] { u.Id + UserOffset, u.Name, u.Email, RoleAccountManager }));

    private static void InsertAccounts(SqliteConnection db) => Insert(db,
        "INSERT INTO Accounts (Id, Name, Industry, Region, Scale, Employees, MonthlyRevenue, MonthlyItRevenue,"
        + " ProductsInUse, Strategic, ParentId, OwnerId, Coverage, LoyaltyStage, Satisfaction, CreatedAt, UpdatedAt,"
        + " ArchivedAt, Version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, NULL, $15, $15,"
        + " NULL, 1)",
        // Headquarters first, so that every branch's parent exists when it goes in.
        PeerDataSet.GenerateAccounts().OrderBy(a => a.ParentId != null).ThenBy(a => a.Id).Select(a => new object?[]
        {
            a.Id, a.Name, Array.IndexOf(Industries, a.Industry) + 1, a.Region,
            a.Employees >= 10_000 ? ScaleLarge : ScaleSme, a.Employees, Fen(a.MonthlyRevenue),
            Fen(a.MonthlyItRevenue), a.ProductsInUse, a.Strategic ? 1 : 0, a.ParentId, a.OwnerId + UserOffset,
            a.Strategic ? CoverageOutside : CoverageInside, LoyaltyFirstPurchase, Timestamp(a.CreatedAt),
        }));

    private static void InsertOpportunities(SqliteConnection db, Dictionary<string, (long Id, long Order)> stages)
    {
        var changes = new List<object?[]>();
        var rows = PeerDataSet.GenerateOpportunities().Select(o =>
        {
            var (openStage, openOrder) = stages[StageKeys[o.Stage]];
            var created = Timestamp(o.CreatedAt);
            var closeDate = Timestamp(o.ExpectedCloseDate);
            var amount = Fen(o.Amount);
            long stage = openStage, furthest = openOrder;
            var probability = o.Probability;
            string entered = created;
            string? closedAt = null, loss = null;
            if (o.Status == "OPEN")
                changes.Add([o.Id, null, openStage, created, null, Actor, "created"]);
            else
            {
                var won = o.Status == "WON";
                closedAt = entered = closeDate;
                (stage, probability) = won ? (stages["WON"].Id, 1.0) : (stages["LOST"].Id, 0.0);
                if (won) furthest = Math.Max(openOrder, stages["WON"].Order);
                else loss = "peer data set";
                changes.Add([o.Id, null, openStage, created, closedAt, Actor, "created"]);
                changes.Add([o.Id, openStage, stage, closedAt, null, Actor, won ? "won" : "lost: peer data set"]);
            }
            var weighted = (long)Math.Round(amount * (decimal)probability, MidpointRounding.AwayFromZero);
            return new object?[]
            {
                o.Id, o.AccountId, amount, closedAt, created, "CNY", null, closeDate, furthest, loss, o.Name,
                o.OwnerId + UserOffset, probability, amount >= LargeDealFen ? RouteOutside : RouteInside, entered,
                stage, o.Status switch { "OPEN" => 1, "WON" => 2, _ => 3 }, 1, weighted,
            };
        }).ToList();
        Insert(db, "INSERT INTO Opportunities (Id, AccountId, Amount, ClosedAt, CreatedAt, Currency, DistributorId,"
            + " ExpectedCloseDate, FurthestStageOrder, LossReason, Name, OwnerId, Probability, Route, StageEnteredAt,"
            + " StageId, Status, Version, WeightedAmount)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)", rows);
        Insert(db, "INSERT INTO StageChanges (OpportunityId, FromStageId, ToStageId, ChangedAt, LeftAt, ChangedBy, Note)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7)", changes);
    }

    private static long Fen(decimal yuan) => (long)Math.Round(yuan * 100, MidpointRounding.AwayFromZero);

    // EF Core's SQLite text form of a DateTime, to the microsecond as PostgreSQL keeps it.
    private static string Timestamp(DateTime value) =>
        new DateTime((value.Ticks + 5) / 10 * 10, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    private static void Insert(SqliteConnection db, string sql, IEnumerable<object?[]> rows)
    {
        using var command = Command(db, sql);
        var parameters = new List<SqliteParameter>();
        foreach (var row in rows)
        {
            for (var i = parameters.Count; i < row.Length; i++)
                parameters.Add(command.Parameters.Add(new SqliteParameter($"${i + 1}", null)));
            for (var i = 0; i < row.Length; i++) parameters[i].Value = row[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection db, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = Command(db, sql);
        command.ExecuteNonQuery();
    }
}

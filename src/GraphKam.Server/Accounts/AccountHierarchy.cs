using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

/// <summary>
/// Reads an account's chain of ancestors in one statement, however deep the group is (quoted names: the same SQL on
/// SQLite and PostgreSQL).
/// </summary>
public static class AccountHierarchy
{
    /// <summary>Deeper chains than this cannot exist (they would be a loop, which the rules prevent).</summary>
    private const int MaxDepth = 1000;

    public static Task<List<int>> AncestorsAsync(GraphKamDbContext db, int accountId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            WITH RECURSIVE chain("Id", "ParentId", "Depth") AS (
                SELECT "Id", "ParentId", 0 FROM "Accounts" WHERE "Id" = {accountId}
                UNION ALL
                SELECT a."Id", a."ParentId", c."Depth" + 1 FROM "Accounts" a JOIN chain c ON a."Id" = c."ParentId"
                WHERE c."Depth" < {MaxDepth})
            SELECT "Id" AS "Value" FROM chain WHERE "Depth" > 0
            """).ToListAsync(cancellationToken);
}

namespace GraphKam.Server.Data;

public static class DerivedTables
{
    /// <summary>
    /// Makes the rows so far a derived table (<c>SELECT … FROM (SELECT … LIMIT) AS t</c>) so that what follows reads its
    /// columns. EF Core otherwise copies a computed member's whole expression (subqueries included) into every place
    /// that uses it: a score built from computed signals grew into SQL that took minutes to generate. A Where after a
    /// LIMIT cannot be merged into the same SELECT, which is what forces the derived table.
    /// </summary>
    public static IQueryable<T> AsDerivedTable<T>(this IQueryable<T> rows) where T : GraphKam.GraphQL.Relay.IEntity =>
        rows.Take(int.MaxValue).Where(r => r.Id != 0);
}

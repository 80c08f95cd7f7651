using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data.Access;

/// <summary>
/// Partner isolation as EF Core query filters, so that lists, <c>node</c>/<c>nodes</c>, nested fields, analytics,
/// mutations' reads and subscription checks all see the same rows. A row a partner may not see is simply absent, so
/// it answers exactly as a missing one. Every entity of the model gets a filter from its rules; one without rules gets
/// the filter that hides every row (fail closed).
/// </summary>
internal static class ReadFilters
{
    public static void Apply(ModelBuilder model, GraphKamDbContext db, AccessRules rules)
    {
        // Types found by convention but mapped otherwise (a list kept as a JSON column) have no key and are not tables.
        foreach (var entity in model.Model.GetEntityTypes().Where(e => e.BaseType == null && !e.IsOwned() && e.FindPrimaryKey() != null).ToList())
        {
            var filter = rules.For(entity.ClrType) is { } declared
                ? declared.PartnerQueryFilter(db)
                : typeof(RowChecks).GetMethod(nameof(RowChecks.Nothing))!.MakeGenericMethod(entity.ClrType)
                    .Invoke(null, [db]) as System.Linq.Expressions.LambdaExpression;
            if (filter != null) model.Entity(entity.ClrType).HasQueryFilter(filter);
        }
    }
}

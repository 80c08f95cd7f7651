using System.Linq.Expressions;

namespace GraphKam.Server.Data.Access;

/// <summary>An area's declaration of who may read and change the entities it owns.</summary>
public interface IAccessRules
{
    void Declare(AccessRules rules);
}

/// <summary>
/// Every entity's read and write rules, collected once from the areas' <see cref="IAccessRules"/>. An entity without
/// rules is invisible to partners and changed only by managers (fail closed); a test holds every entity to a
/// declaration.
/// </summary>
public sealed class AccessRules
{
    private readonly Dictionary<Type, IEntityRules> _entities = [];

    public AccessRules(IEnumerable<IAccessRules> declarations)
    {
        foreach (var declaration in declarations) declaration.Declare(this);
    }

    public EntityRules<T> Entity<T>() where T : class
    {
        if (_entities.TryGetValue(typeof(T), out var existing)) return (EntityRules<T>)existing;
        var rules = new EntityRules<T>();
        _entities[typeof(T)] = rules;
        return rules;
    }

    public IEntityRules? For(Type entityType) => _entities.GetValueOrDefault(entityType);

    public IReadOnlyCollection<IEntityRules> All => _entities.Values;

    /// <summary>A rule written over (context, row) as a filter over the row, for one context.</summary>
    public static Expression<Func<T, bool>> Bind<T>(Expression<Func<GraphKamDbContext, T, bool>> rule, GraphKamDbContext db) =>
        Expression.Lambda<Func<T, bool>>(
            new ReplaceParameter(rule.Parameters[0], Expression.Constant(db)).Visit(rule.Body), rule.Parameters[1]);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

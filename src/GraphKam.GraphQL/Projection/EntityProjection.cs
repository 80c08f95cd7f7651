using System.Linq.Expressions;
using System.Reflection;
using GraphKam.GraphQL.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphKam.GraphQL.Projection;

/// <summary>
/// <c>e =&gt; new T { Id = e.Id, … }</c>: an entity with only the columns a selection needs, so that a statement
/// reads those and not whole rows. A field needs the column it is named after (<c>name</c> → <c>Name</c>),
/// nothing more when it is named after a navigation (<c>owner</c>, <c>opportunities</c>: loaded by key), the
/// referenced row's selected columns through a join when it accepts them (<see cref="ReferenceJoins"/>), or what it
/// declares with <see cref="FieldReads"/>; the key and every foreign key are always read, because loaders follow
/// them. When one selected field's needs are unknown, the whole row is read: a missing column would be a wrong
/// answer, an extra one only costs time.
/// </summary>
public static class EntityProjection
{
    // The model is part of the key: whether a reference may be joined depends on its query filters.
    private static readonly BoundedCache<(IModel, Type, IComplexGraphType, string), LambdaExpression?> Known = new(4096);

    /// <returns>The projection, or null when whole rows must be read.</returns>
    public static LambdaExpression? Of(IModel model, Type entity, SelectedFields selection) =>
        Known.GetOrBuild((model, entity, selection.Type, selection.Key), selection,
            static (key, selection) => Build(key.Item1, key.Item2, selection, joining: true));

    /// <summary><paramref name="entity"/> (an expression of an entity) narrowed to <paramref name="selection"/>, when it can be.</summary>
    public static Expression Apply(IModel model, Expression entity, SelectedFields? selection) =>
        selection != null && Of(model, entity.Type, selection) is { } projection
            ? ParameterReplacer.Bind(projection, entity)
            : entity;

    private static LambdaExpression? Build(IModel model, Type type, SelectedFields selection, bool joining)
    {
        if (model.FindEntityType(type) is not { } entity || type.GetConstructor(Type.EmptyTypes) == null) return null;
        var columns = entity.GetProperties().Where(p => p.PropertyInfo is { CanWrite: true }).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var navigations = entity.GetNavigations().Select(n => n.Name).Concat(entity.GetSkipNavigations().Select(n => n.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var read = new HashSet<IProperty>(entity.FindPrimaryKey()?.Properties ?? []);
        read.UnionWith(entity.GetForeignKeys().SelectMany(k => k.Properties).Where(p => columns.ContainsKey(p.Name)));
        var joins = new List<(PropertyInfo Navigation, LambdaExpression Columns)>();
        foreach (var name in selection.Names)
        {
            if (name.StartsWith("__", StringComparison.Ordinal)) continue;
            if (selection.Type.GetField(name) is not { } field) return null;
            if (FieldReads.Of(field) is { } declared)
            {
                foreach (var property in declared)
                    if (columns.TryGetValue(property, out var column)) read.Add(column);
                    else return null;
            }
            else if (columns.TryGetValue(name, out var column)) read.Add(column);
            else if (joining && Join(model, entity, field, selection.Joined(name)) is { } join) joins.Add(join);
            else if (!navigations.Contains(name)) return null;
        }
        if (read.Any(p => p.PropertyInfo == null)) return null;
        var row = Expression.Parameter(type, "row");
        var bindings = read.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Expression.Bind((PropertyInfo)p.PropertyInfo!, Expression.Property(row, (PropertyInfo)p.PropertyInfo!)))
            .Concat(joins.Select(j => Expression.Bind(j.Navigation, Joined(Expression.Property(row, j.Navigation), j.Columns))));
        return Expression.Lambda(Expression.MemberInit(Expression.New(type), bindings), row);
    }

    /// <summary>
    /// The referenced row's columns, read by the same statement (a join), for a field that accepts them
    /// (<see cref="ReferenceJoins"/>). Not when the referenced entity has query filters (a partner's model): a join
    /// through a filtered required reference would drop the parent row, and the loader by key applies the filter.
    /// </summary>
    private static (PropertyInfo, LambdaExpression)? Join(IModel model, IEntityType entity, IFieldType field, SelectedFields? selection)
    {
        if (selection == null || ReferenceJoins.Of(field) is not { } name
            || entity.FindNavigation(name) is not { IsCollection: false, PropertyInfo: { CanWrite: true } navigation } reference
            || reference.TargetEntityType.GetRootType().GetDeclaredQueryFilters().Count > 0)
            return null;
        return Build(model, reference.TargetEntityType.ClrType, selection, joining: false) is { } columns ? (navigation, columns) : null;
    }

    // row.Owner == null ? null : new User { … }: an optional reference stays null.
    private static ConditionalExpression Joined(MemberExpression navigation, LambdaExpression columns) =>
        Expression.Condition(Expression.Equal(navigation, Expression.Constant(null, navigation.Type)),
            Expression.Constant(null, navigation.Type), ParameterReplacer.Bind(columns, navigation));
}

using GraphKam.GraphQL.Security;
using GraphKam.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// Every filter or sort key that reaches the company's people (an owner, by ID or through a person's fields) is
/// refused to partners, wherever a feature declares it: a new one that forgets fails here, not in a partner's portal.
/// </summary>
public sealed class RestrictedFilterCoverageTests(EmptyServerFixture server) : IClassFixture<EmptyServerFixture>
{
    [Fact]
    public void Every_input_field_about_our_people_is_refused_to_partners()
    {
        var schema = server.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var people = new[] { "UserFilterInput", "UserSortInput" };
        var open = (from type in schema.AllTypes.OfType<IInputObjectGraphType>()
                    where (type.Name.EndsWith("FilterInput", StringComparison.Ordinal)
                        || type.Name.EndsWith("SortInput", StringComparison.Ordinal)) && !people.Contains(type.Name)
                    from field in type.Fields
                    let named = field.ResolvedType?.GetNamedType().Name
                    where field.Name == "ownerId" || people.Contains(named)
                    where !RestrictedInputFields.IsHiddenFromRestricted(type, field)
                    select $"{type.Name}.{field.Name}").ToList();
        Assert.Empty(open);
        // The check above looks at something: the schema has such fields.
        Assert.Contains(schema.AllTypes.OfType<IInputObjectGraphType>(), t => t.Fields.Any(f => f.Name == "ownerId"));
    }
}

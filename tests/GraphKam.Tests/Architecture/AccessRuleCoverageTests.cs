using GraphKam.GraphQL.Security;
using GraphKam.Server.Data.Access;
using GraphKam.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Architecture;

/// <summary>
/// Authorization cannot be forgotten: every table the model maps and every mutation the schema offers must say who
/// may read and change it. A new entity without rules would be invisible to partners and a new mutation without
/// roles refused to all but administrators (both fail closed), and these tests fail until the rule is written.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class AccessRuleCoverageTests(EmptyServerFixture fixture) : IClassFixture<EmptyServerFixture>
{
    [Fact]
    public void Every_entity_declares_who_reads_and_who_changes_it()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var rules = scope.ServiceProvider.GetRequiredService<AccessRules>();
        using var db = fixture.Factory.Db();
        var missing = db.Model.GetEntityTypes()
            .Where(e => e.BaseType == null && !e.IsOwned() && e.FindPrimaryKey() != null)
            .Select(e => (e.ClrType, Rules: rules.For(e.ClrType)))
            .Where(e => e.Rules is not { PartnerReads: not PartnerReads.Undeclared, WritesDeclared: true })
            .Select(e => e.ClrType.Name)
            .ToList();
        Assert.True(missing.Count == 0, "Entities without declared read and write rules: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_mutation_declares_the_roles_that_may_use_it()
    {
        var schema = fixture.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var undeclared = schema.Mutation!.Fields.Where(f => FieldRoles.RolesOf(f) == null).Select(f => f.Name).ToList();
        Assert.True(undeclared.Count == 0, "Mutations without declared roles: " + string.Join(", ", undeclared));
    }
}

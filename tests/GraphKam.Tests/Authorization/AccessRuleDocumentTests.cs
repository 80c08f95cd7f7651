using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphKam.Server.Data.Access;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// docs/authorization.md's table of entities is the rules the areas declare, in words. Run with
/// <c>GRAPHKAM_WRITE_DOCS=1</c> to rewrite the table after a deliberate change of rules.
/// </summary>
public sealed class AccessRuleDocumentTests(EmptyServerFixture fixture) : IClassFixture<EmptyServerFixture>
{
    private const string Start = "<!-- entity-rules:start -->", End = "<!-- entity-rules:end -->";

    [Fact]
    public void The_documented_entity_rules_are_the_declared_ones()
    {
        var path = Path.Combine(MutationMatrix.RepositoryRoot(), "docs", "authorization.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var table = Table(fixture.Factory.Services.GetRequiredService<AccessRules>());
        var current = Regex.Match(text, Regex.Escape(Start) + "\n(.*?)" + Regex.Escape(End), RegexOptions.Singleline).Groups[1].Value;
        if (Environment.GetEnvironmentVariable("GRAPHKAM_WRITE_DOCS") == "1" && current != table)
            File.WriteAllText(path, text.Replace(Start + "\n" + current + End, Start + "\n" + table + End, StringComparison.Ordinal));
        else
            Assert.True(current == table, $"docs/authorization.md's entity table differs from the rules; expected:\n{table}");
    }

    private static string Table(AccessRules rules)
    {
        var table = new StringBuilder("| Entity | Partners read | Staff change | Partners change |\n|---|---|---|---|\n");
        foreach (var entity in rules.All.OrderBy(e => Name(e.EntityType), StringComparer.Ordinal))
            table.Append(CultureInfo.InvariantCulture, $"| `{Name(entity.EntityType)}` | {entity.DescribeReads()} | {entity.Describe(Audience.Staff)} | "
                + $"{entity.Describe(Audience.Partner)} |\n");
        return table.ToString();
    }

    private static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(a => a.Name))}>" : type.Name;
}

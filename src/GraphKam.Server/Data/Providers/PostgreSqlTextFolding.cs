using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Case-insensitive filters lower the column in SQL (<c>lower(column)</c>) and the search text in .NET. Our text
/// columns use the byte-order collation "C", under which PostgreSQL's <c>lower()</c> folds ASCII only; folding under
/// ICU's root locale lowers every script, as .NET's <c>ToLowerInvariant</c> and the SQLite function we register do.
/// </summary>
public sealed class PostgreSqlTextFolding(ISqlExpressionFactory sql) : IMethodCallTranslator
{
    /// <summary>ICU's language-neutral collation, predefined by every PostgreSQL built with ICU.</summary>
    public const string FoldingCollation = "und-x-icu";

    private static readonly MethodInfo[] Lowering =
    [
        typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!,
        typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!,
    ];

    public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments,
        IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (instance == null || !Lowering.Contains(method)) return null;
        var folded = new CollateExpression(instance, FoldingCollation);
        return sql.Function("lower", [folded], nullable: true, argumentsPropagateNullability: [true], typeof(string),
            instance.TypeMapping);
    }
}

/// <summary>Hands <see cref="PostgreSqlTextFolding"/> to EF Core ahead of the provider's own translators.</summary>
public sealed class PostgreSqlTranslations(ISqlExpressionFactory sql) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new PostgreSqlTextFolding(sql)];
}

using System.Globalization;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Imports;

/// <summary>
/// The file's columns read as the fields of a mutation's input type: each cell is parsed by the field's own GraphQL
/// type (so an enum takes its GraphQL names, an ID its global ID, a number its range), a field left empty takes the
/// schema's default, and the input type builds the input as it does for a client. Nothing here knows a rule of
/// the area: those run in the mutation's handler.
/// </summary>
public sealed class ImportColumns
{
    private readonly IInputObjectGraphType _input;
    private readonly FieldType?[] _fields;

    private ImportColumns(IInputObjectGraphType input, FieldType?[] fields, List<IgnoredColumn> ignored, List<ImportError> problems)
    {
        _input = input;
        _fields = fields;
        Ignored = ignored;
        Problems = problems;
    }

    /// <summary>Columns that are not read, and why.</summary>
    public IReadOnlyList<IgnoredColumn> Ignored { get; }

    /// <summary>Problems of the header (a required field without a column, a column twice), which stop the import.</summary>
    public IReadOnlyList<ImportError> Problems { get; }

    /// <summary>Matches the header to the input's fields by name, ignoring case.</summary>
    public static ImportColumns Map(IInputObjectGraphType input, IReadOnlyList<string> columns)
    {
        var fields = new FieldType?[columns.Count];
        var ignored = new List<IgnoredColumn>();
        var problems = new List<ImportError>();
        for (var i = 0; i < columns.Count; i++)
        {
            var field = input.Fields.FirstOrDefault(f => string.Equals(f.Name, columns[i], StringComparison.OrdinalIgnoreCase));
            if (field == null) ignored.Add(new IgnoredColumn(columns[i], $"not a field of {input.Name}"));
            else if (field.ResolvedType?.GetNamedType() is not ScalarGraphType || IsList(field.ResolvedType))
                ignored.Add(new IgnoredColumn(columns[i], "a list or object field, which a cell cannot hold"));
            else if (fields.Contains(field))
                problems.Add(new ImportError(1, columns[i], ImportCodes.DuplicateColumn, $"The column '{field.Name}' appears twice."));
            else fields[i] = field;
        }
        foreach (var field in input.Fields.Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue == null && !fields.Contains(f)))
            problems.Add(new ImportError(1, field.Name, ImportCodes.MissingColumn, $"The file needs a column '{field.Name}'."));
        return new ImportColumns(input, fields, ignored, problems);
    }

    /// <summary>The row as the mutation's input, or every problem of its cells.</summary>
    public (object? Input, List<ImportError> Errors) Read(ImportRow row)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i] is not { } field || i >= row.Cells.Count || row.Cells[i] is not { } text) continue;
            var (value, problem) = Parse(field, text);
            if (problem != null) errors.Add(new ImportError(row.Number, field.Name, problem.Value.Code, problem.Value.Message));
            else values[field.Name] = value;
        }
        foreach (var field in _input.Fields.Where(f => !values.ContainsKey(f.Name)))
        {
            if (field.DefaultValue != null) values[field.Name] = field.DefaultValue;
            else if (field.ResolvedType is NonNullGraphType && !errors.Any(e => e.Column == field.Name))
                errors.Add(Error(row, new RequiredValueError(field.Name)));
        }
        if (errors.Count > 0) return (null, errors);
        try
        {
            return (_input.ParseDictionary(values), errors);
        }
        catch (ExecutionError invalid)
        {
            errors.Add(new ImportError(row.Number, null, invalid.Code ?? ImportCodes.InvalidValue, invalid.Message));
            return (null, errors);
        }
    }

    public static ImportError Error(ImportRow row, MutationError error) =>
        new(row.Number, error.GetType().GetProperty("Field")?.GetValue(error) as string, error.Code, error.Message);

    /// <summary>A cell's text as the field's GraphQL type reads a variable's value.</summary>
    private static (object? Value, (string Code, string Message)? Problem) Parse(FieldType field, string text)
    {
        if (TextRules.Problem(text) is { } textProblem) return (null, ("INVALID_TEXT", $"The text contains {textProblem}."));
        var scalar = (ScalarGraphType)field.ResolvedType!.GetNamedType();
        try
        {
            object? raw = scalar switch
            {
                IntGraphType => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                FloatGraphType => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                BooleanGraphType => ParseBoolean(text),
                EnumerationGraphType enumeration => enumeration.Values.FirstOrDefault(v => string.Equals(v.Name, text, StringComparison.OrdinalIgnoreCase))?.Name ?? text,
                _ when IsDecimal(scalar) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => text,
            };
            return scalar.ParseValue(raw) is { } value ? (value, null) : (null, Invalid(field, scalar, text));
        }
        catch (Exception invalid) when (invalid is FormatException or OverflowException or InvalidOperationException or ArgumentException
            or ExecutionError)
        {
            return (null, Invalid(field, scalar, text));
        }
    }

    private static (string, string) Invalid(FieldType field, ScalarGraphType scalar, string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        var expected = scalar is EnumerationGraphType enumeration
            ? "one of " + string.Join(", ", enumeration.Values.Select(v => v.Name))
            : $"a {scalar.Name}";
        return (ImportCodes.InvalidValue, $"'{shown}' is not a valid value of '{field.Name}': expected {expected}.");
    }

    private static bool IsDecimal(ScalarGraphType scalar) => scalar is DecimalGraphType || scalar.Name == "Decimal";

    private static bool ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => throw new FormatException(),
    };

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };
}

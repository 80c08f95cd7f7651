using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// How big a filter may be, checked before any expression or SQL is built: a database translates every condition
/// into its own expression tree (SQLite refuses trees beyond a depth of 1,000), so a filter with thousands of
/// <c>or</c> branches must be refused with a clear code instead of failing deep inside the database.
/// </summary>
public static class FilterSize
{
    /// <summary>Most conditions (operators, and the objects and list tests holding them) in one filter.</summary>
    public const int MaxConditions = 100;

    /// <summary>Most values in one <c>in</c> or <c>nin</c> list.</summary>
    public const int MaxListValues = 1_000;

    public static void Check(FilterValue filter)
    {
        var conditions = 0;
        Count(filter, ref conditions);
    }

    private static void Count(object? value, ref int conditions)
    {
        switch (value)
        {
            case FilterValue filter:
                foreach (var (_, part) in filter.Values) Count(part, ref conditions);
                break;
            case OperationFilter operation:
                foreach (var (op, operand) in operation.Operations)
                {
                    if (op is "in" or "nin" && FilterValue.AsList(operand).Count() > MaxListValues)
                        throw new CodedError(ErrorCodes.FilterTooLarge,
                            $"`{op}` may list at most {MaxListValues} values.");
                    if (op is "and" or "or") Count(operand, ref conditions);
                    else Add(ref conditions);
                }
                break;
            case ListFilterValue list:
                foreach (var (_, operand) in list.Operations)
                {
                    Add(ref conditions);
                    Count(operand, ref conditions);
                }
                break;
            case System.Collections.IEnumerable items and not string:
                foreach (var item in items) Count(item, ref conditions);
                break;
        }
    }

    private static void Add(ref int conditions)
    {
        if (++conditions > MaxConditions)
            throw new CodedError(ErrorCodes.FilterTooLarge, $"A filter may have at most {MaxConditions} conditions.");
    }
}

using GraphQL.Types;

namespace GraphKam.GraphQL.Sorting;

public enum SortDirection { Asc, Desc }

/// <summary>HotChocolate's <c>SortEnumType</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "The direction of a sort. Missing values sort as the smallest: first ascending, last descending.";
        Add("ASC", SortDirection.Asc, "Smallest first.");
        Add("DESC", SortDirection.Desc, "Largest first.");
    }
}

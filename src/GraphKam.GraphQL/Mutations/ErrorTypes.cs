using GraphQL.Types;

namespace GraphKam.GraphQL.Mutations;

/// <summary>The <c>Error</c> interface every payload error implements, as in HotChocolate.</summary>
public sealed class ErrorInterface : InterfaceGraphType
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation changed nothing. Match on `__typename` (or `code`) to handle each case.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words for people.");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("A stable code for programs (GraphKam adds it to HotChocolate's `Error`).");
    }
}

/// <summary>Base of a payload error type; named after the error record (e.g. <c>StaleVersionError</c>).</summary>
public abstract class ErrorGraphType<TError> : ObjectGraphType<TError> where TError : MutationError
{
    protected ErrorGraphType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words for people.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code for programs.").Resolve(c => c.Source.Code);
    }
}

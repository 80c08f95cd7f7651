using GraphQL.Types;

namespace GraphKam.GraphQL.Mutations;

public sealed class StaleVersionErrorType : ErrorGraphType<StaleVersionError>
{
    public StaleVersionErrorType() : base("The object changed after you read it; nothing was saved.")
    {
        Field<NonNullGraphType<IntGraphType>>("givenVersion").Description("The version you sent.").Resolve(c => c.Source.GivenVersion);
        Field<NonNullGraphType<IntGraphType>>("currentVersion").Description("The version stored now.").Resolve(c => c.Source.CurrentVersion);
    }
}

public sealed class InvalidIdErrorType : ErrorGraphType<InvalidIdError>
{
    public InvalidIdErrorType() : base("An ID was malformed or belongs to another type.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field holding the ID.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("expectedType").Description("The type the ID had to be of.").Resolve(c => c.Source.ExpectedType);
    }
}

public sealed class RequiredValueErrorType : ErrorGraphType<RequiredValueError>
{
    public RequiredValueErrorType() : base("A value that must be given was missing, blank or null.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field.").Resolve(c => c.Source.Field);
    }
}

public sealed class TooLongErrorType : ErrorGraphType<TooLongError>
{
    public TooLongErrorType() : base("A text was longer than allowed.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<IntGraphType>>("maxLength").Description("The most characters allowed.").Resolve(c => c.Source.MaxLength);
    }
}

public sealed class OutOfRangeErrorType : ErrorGraphType<OutOfRangeError>
{
    public OutOfRangeErrorType() : base("A number was outside the range its field allows.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<FloatGraphType>>("min").Description("The smallest value allowed.").Resolve(c => c.Source.Min);
        Field<NonNullGraphType<FloatGraphType>>("max").Description("The largest value allowed.").Resolve(c => c.Source.Max);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value given.").Resolve(c => c.Source.Value);
    }
}

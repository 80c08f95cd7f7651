using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class AccountNotFoundErrorType : ErrorGraphType<AccountNotFoundError>
{
    public AccountNotFoundErrorType() : base("No account has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}

public sealed class AccountArchivedErrorType : ErrorGraphType<AccountArchivedError>
{
    public AccountArchivedErrorType() : base("The account is archived; archived accounts are read-only.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The archived account's ID.").Resolve(c => c.Source.Id);
}

public sealed class EmptyNameErrorType() : ErrorGraphType<EmptyNameError>("The name was empty or blank.");

public sealed class NegativeMetricErrorType : ErrorGraphType<NegativeMetricError>
{
    public NegativeMetricErrorType() : base("A count or amount was negative.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("The value given.").Resolve(c => c.Source.Value);
    }
}

public sealed class SatisfactionOutOfRangeErrorType : ErrorGraphType<SatisfactionOutOfRangeError>
{
    public SatisfactionOutOfRangeErrorType() : base("Satisfaction was outside 0–100.") =>
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value given.").Resolve(c => c.Source.Value);
}

public sealed class ParentNotFoundErrorType : ErrorGraphType<ParentNotFoundError>
{
    public ParentNotFoundErrorType() : base("The parent account does not exist or is archived.") =>
        Field<NonNullGraphType<StringGraphType>>("parentId").Description("The parent ID given.").Resolve(c => c.Source.ParentId);
}

public sealed class ParentCycleErrorType : ErrorGraphType<ParentCycleError>
{
    public ParentCycleErrorType() : base("The new parent would make the group hierarchy loop.") =>
        Field<NonNullGraphType<StringGraphType>>("parentId").Description("The parent ID given.").Resolve(c => c.Source.ParentId);
}

public sealed class OwnerNotFoundErrorType : ErrorGraphType<OwnerNotFoundError>
{
    public OwnerNotFoundErrorType() : base("The owner does not exist.") =>
        Field<NonNullGraphType<StringGraphType>>("ownerId").Description("The owner ID given.").Resolve(c => c.Source.OwnerId);
}

public sealed class AccountHasBranchesErrorType : ErrorGraphType<AccountHasBranchesError>
{
    public AccountHasBranchesErrorType() : base("The account still has active branches.") =>
        Field<NonNullGraphType<IntGraphType>>("activeBranches").Description("How many active branches it has.").Resolve(c => c.Source.ActiveBranches);
}

public sealed class InvalidMeasureKeyErrorType : ErrorGraphType<InvalidMeasureKeyError>
{
    public InvalidMeasureKeyErrorType() : base("A measure name was malformed or the name of a built-in metric.") =>
        Field<NonNullGraphType<StringGraphType>>("key").Description("The name given.").Resolve(c => c.Source.Key);
}

public sealed class DuplicateMeasureErrorType : ErrorGraphType<DuplicateMeasureError>
{
    public DuplicateMeasureErrorType() : base("The same measure was given twice in one request.") =>
        Field<NonNullGraphType<StringGraphType>>("key").Description("The repeated name.").Resolve(c => c.Source.Key);
}

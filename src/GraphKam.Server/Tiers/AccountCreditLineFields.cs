using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class CreditLineType : ObjectType<CreditLine>
{
    public CreditLineType()
    {
        Name = "CreditLine";
        Description = "An account's credit line (授信额度): the limit its tier in the default policy grants, what its open deals take, what remains.";
        Field(l => l.TierCode).Description("The account's tier in the default policy, which sets the limit.");
        Field(l => l.Limit, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The tier's credit limit, in yuan.");
        Field(l => l.Used, type: typeof(NonNullGraphType<DecimalGraphType>))
            .Description("What the account's open deals take: the sum of their amounts (any stage, any probability), in yuan.");
        Field(l => l.Remaining, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The limit less what is used, never below 0, in yuan.");
        Field(l => l.FeeDiscountPercent, nullable: true).Description("The tier's fee discount, in percent; null when none.");
    }
}

/// <summary><c>Account.creditLine</c>, for the company's staff: the line is the company's own term with the customer.</summary>
public sealed class AccountCreditLineFields : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<CreditLineType>("creditLine")
            .Description("The account's credit line from its tier in the default policy; null when that tier grants no credit limit (staff only).")
            .Resolve(c => c.DatabaseLoader<int, CreditLine>(typeof(CreditLine),
                async (db, ids, cancellationToken) => await CreditLines.ForAsync(db, [.. ids], null, cancellationToken)).Load(c.Source.Id))
            .FieldType.RequireRoles(Roles.Internal)
            .Reads();
}

using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

public sealed class IndustryType : EnumType<Industry>;
public sealed class AccountScaleType : EnumType<AccountScale>;
public sealed class CoverageType : EnumType<Coverage>;
public sealed class LoyaltyStageType : EnumType<LoyaltyStage>;

using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Plans;

public sealed class AccountPlanStatusType : EnumType<AccountPlanStatus>;
public sealed class CompetitivePositionType : EnumType<CompetitivePosition>;
public sealed class AccountPlanChangeKindType : EnumType<AccountPlanChangeKind>;

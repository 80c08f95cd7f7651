using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.OrgCharts;

public sealed class BuyingRoleType : EnumType<BuyingRole>;
public sealed class PersonalityStyleType : EnumType<PersonalityStyle>;
public sealed class AttitudeType : EnumType<Attitude>;
public sealed class PlanStatusType : EnumType<PlanStatus>;

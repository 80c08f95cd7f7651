using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

public sealed class DistributorKindType : EnumType<DistributorKind>;
public sealed class DistributorModelType : EnumType<DistributorModel>;
public sealed class DistributorStatusType : EnumType<DistributorStatus>;
public sealed class ConflictKindType : EnumType<ConflictKind>;
public sealed class ConflictStatusType : EnumType<ConflictStatus>;
public sealed class RegistrationStatusType : EnumType<RegistrationStatus>;

using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Service;

public sealed class ServiceCaseKindType : EnumType<ServiceCaseKind>;
public sealed class ServiceSeverityType : EnumType<ServiceSeverity>;
public sealed class ServiceChannelType : EnumType<ServiceChannel>;
public sealed class ServiceCaseStatusType : EnumType<ServiceCaseStatus>;
public sealed class ServiceCaseChangeKindType : EnumType<ServiceCaseChangeKind>;
public sealed class ServiceExceptionKindType : EnumType<ServiceExceptionKind>;

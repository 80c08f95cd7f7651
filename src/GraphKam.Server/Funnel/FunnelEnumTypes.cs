using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Funnel;

public sealed class ForecastCategoryType : EnumType<ForecastCategory>;
// Named Route in the schema; SalesRoute in C# only because ASP.NET already has a Route type.
public sealed class RouteType : EnumType<SalesRoute>
{
    public RouteType() => Name = "Route";
}
public sealed class OpportunityStatusType : EnumType<OpportunityStatus>;

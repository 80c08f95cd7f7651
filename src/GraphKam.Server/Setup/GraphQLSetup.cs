using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Accounts;
using GraphKam.Server.Activities;
using GraphKam.Server.Data;
using GraphKam.Server.Distributors;
using GraphKam.Server.Funnel;
using GraphKam.Server.Identity;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Tiers;

namespace GraphKam.Server.Setup;

public static class GraphQLSetup
{
    /// <summary>The GraphQL schema: each area contributes its root fields; limits come from <c>GraphKam:GraphQL</c>.</summary>
    public static WebApplicationBuilder AddGraphKamGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphKamGraphQL<GraphKamSchema, GraphKamDbContext>(
            options => builder.Configuration.GetSection("GraphKam:GraphQL").Bind(options));

        builder.Services.AddSingleton<IQueryFields, AccountQueries>();
        builder.Services.AddSingleton<IMutationFields, AccountMutations>();
        builder.Services.AddSingleton<IQueryFields, UserQueries>();
        builder.Services.AddSingleton<IQueryFields, IdentityQueries>();
        builder.Services.AddSingleton<IMutationFields, IdentityMutations>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddSingleton<IQueryFields, TierQueries>();
        builder.Services.AddSingleton<IMutationFields, TierMutations>();
        builder.Services.AddSingleton<IQueryFields, ContactQueries>();
        builder.Services.AddSingleton<IMutationFields, OrgChartMutations>();
        builder.Services.AddSingleton<IQueryFields, ActivityQueries>();
        builder.Services.AddSingleton<IMutationFields, ActivityMutations>();
        builder.Services.AddSingleton<IQueryFields, FunnelQueries>();
        builder.Services.AddSingleton<IMutationFields, FunnelMutations>();
        builder.Services.AddSingleton<ISubscriptionFields, TierSubscriptions>();
        builder.Services.AddSingleton<ISubscriptionFields, ActivitySubscriptions>();
        builder.Services.AddSingleton<ISubscriptionFields, FunnelSubscriptions>();
        builder.Services.AddSingleton<ISubscriptionFields, DistributorSubscriptions>();
        builder.Services.AddSingleton<IQueryFields, DistributorQueries>();
        builder.Services.AddSingleton<IMutationFields, DistributorMutations>();
        return builder;
    }
}

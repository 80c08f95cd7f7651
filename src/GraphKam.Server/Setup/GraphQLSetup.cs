using GraphKam.GraphQL.Setup;
using GraphKam.Server.Data;

namespace GraphKam.Server.Setup;

public static class GraphQLSetup
{
    /// <summary>The GraphQL engine with the library's conventions; limits come from <c>GraphKam:GraphQL</c>.</summary>
    public static WebApplicationBuilder AddGraphKamGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphKamGraphQL<GraphKamSchema, GraphKamDbContext>(
            options => builder.Configuration.GetSection("GraphKam:GraphQL").Bind(options));
        return builder;
    }
}

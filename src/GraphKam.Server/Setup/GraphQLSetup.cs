using GraphKam.Server.Common;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Data;

namespace GraphKam.Server.Setup;

public static class GraphQLSetup
{
    /// <summary>The GraphQL engine with the library's conventions; limits come from <c>GraphKam:GraphQL</c>.</summary>
    public static WebApplicationBuilder AddGraphKamGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphKamGraphQL<GraphKamSchema, GraphKamDbContext>(options =>
        {
            builder.Configuration.GetSection("GraphKam:GraphQL").Bind(options);
            // A mutation someone forgot to restrict is an administrator's alone (the areas declare every mutation's roles).
            options.UndeclaredMutationRoles = [Roles.Admin];
        });
        return builder;
    }
}

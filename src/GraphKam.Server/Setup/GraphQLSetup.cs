using GraphKam.GraphQL.Ide;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Setup;

public static class GraphQLSetup
{
    /// <summary>
    /// The GraphQL engine with the library's conventions and Banana Cake Pop; limits, conventions and the IDE's
    /// settings come from <c>GraphKam:GraphQL</c>.
    /// </summary>
    public static WebApplicationBuilder AddGraphKamGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphKamGraphQL<GraphKamSchema, GraphKamDbContext>(options =>
        {
            builder.Configuration.GetSection("GraphKam:GraphQL").Bind(options);
            // A mutation someone forgot to restrict is an administrator's alone (the areas declare every mutation's roles).
            options.UndeclaredMutationRoles = [Roles.Admin];
        });
        builder.Services.AddOptions<ConventionOptions>().BindConfiguration("GraphKam:GraphQL");
        builder.Services.AddGraphKamIde(builder.Configuration.GetSection("GraphKam:GraphQL:Ide"));
        // The first hosted services, so that the schema is built while the database initializer (registered earlier)
        // works, and the warm-up starts as soon as that initializer has migrated (beside the areas' start-up work).
        builder.Services.AddSingleton<SchemaPreparation>();
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(services => services.GetRequiredService<SchemaPreparation>()));
        builder.Services.Insert(1, ServiceDescriptor.Singleton<IHostedService, StartupWarmup>());
        return builder;
    }
}

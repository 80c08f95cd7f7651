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
        // The first hosted service, so that the schema is built while the database initializer (registered earlier)
        // works; the warm-up comes after that initializer: the reads it warms need the migrated database.
        builder.Services.AddSingleton<SchemaPreparation>();
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(services => services.GetRequiredService<SchemaPreparation>()));
        builder.Services.AddHostedService<StartupWarmup>();
        return builder;
    }
}

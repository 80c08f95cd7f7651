namespace GraphKam.Server.Setup;

/// <summary>
/// Console logs with their context: every line written while a request runs carries its trace and span IDs (and,
/// within a GraphQL operation, its name), as one JSON object per line when <c>GraphKam:Logging:Json</c> is true.
/// </summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddGraphKamLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (builder.Configuration.GetValue<bool>("GraphKam:Logging:Json"))
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        else builder.Logging.AddSimpleConsole(console => console.IncludeScopes = true);
        return builder;
    }
}

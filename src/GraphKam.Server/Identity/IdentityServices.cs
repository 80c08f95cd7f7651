using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Streaming;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Server.Identity;

public static class IdentityServices
{
    /// <summary>The scheme that picks, per request, how the caller proves who it is.</summary>
    public const string Scheme = "GraphKam";

    /// <summary>
    /// Identity (logins and roles in the same database, lockout, password rules), sign-in by access token, API
    /// token or cookie, and the per-request data scope that query filters and write rules read.
    /// </summary>
    public static void AddSignIn(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().BindConfiguration("GraphKam:Auth")
            .Validate(o => o.SessionCheckInterval >= TimeSpan.FromSeconds(1) && o.SessionCheckInterval <= TimeSpan.FromHours(1),
                "GraphKam:Auth:SessionCheckInterval must be from 00:00:01 to 01:00:00.")
            .ValidateOnStart();
        services.AddSingleton(SharedSigningKey.Load);
        services.AddIdentityCore<Login>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                identity.Password.RequiredLength = 10;
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<GraphKamDbContext>();
        services.AddScoped<TokenService>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<AccessTokens>();
        services.AddScoped<SignInCheck>();
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<UnknownLoginPassword>();
        services.AddScoped<LoginSessions>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<IPrincipalValidator>(provider => provider.GetRequiredService<SessionValidator>());
        services.AddSingleton<IConnectionInitializer, TokenConnectionInitializer>();
        services.AddSignInRateLimit();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Access token, API token or cookie", policy => policy.ForwardDefaultSelector = http =>
                BearerToken.From(http.Request.Headers.Authorization) is { } token
                    ? token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal) ? ApiTokenHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddCookie()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, SymmetricSecurityKey, TimeProvider>(ConfigureJwt);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>(ConfigureCookie);

        // A WebSocket may be opened only from this server's pages and the partner portals CORS lists.
        services.PostConfigure<GraphQLServerOptions>(graphql =>
            graphql.WebSocketOrigins ??= configuration.GetSection("GraphKam:Cors:Origins").Get<string[]>() ?? []);
    }

    /// <summary>Pinned: HS256 only, our issuer and audience, a lifetime checked on the server's clock with a small skew.</summary>
    private static void ConfigureJwt(JwtBearerOptions jwt, IOptions<AuthOptions> auth, SymmetricSecurityKey key, TimeProvider clock)
    {
        jwt.MapInboundClaims = false;
        jwt.Events = new JwtBearerEvents { OnTokenValidated = SessionChecks.OnTokenValidatedAsync };
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Value.Issuer,
            ValidAudience = auth.Value.Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [TokenService.Algorithm],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = auth.Value.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return expires != null && now < expires.Value.Add(parameters.ClockSkew)
                    && (notBefore == null || now >= notBefore.Value.Subtract(parameters.ClockSkew));
            },
            NameClaimType = "name",
            RoleClaimType = "role",
        };
    }

    /// <summary>For the dashboard: HttpOnly, SameSite=Strict (never sent by another site's request), no redirects.</summary>
    private static void ConfigureCookie(CookieAuthenticationOptions cookie, IOptions<AuthOptions> auth)
    {
        cookie.Cookie.Name = "graphkam.auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = auth.Value.CookieLifetime;
        cookie.SlidingExpiration = true;
        cookie.Events.OnValidatePrincipal = SessionChecks.OnValidatePrincipalAsync;
        cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
        cookie.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
    }
}

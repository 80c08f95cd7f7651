namespace GraphKam.GraphQL.Ide;

/// <summary>
/// The Content-Security-Policy of Banana Cake Pop's page: what the IDE needs and no more. Its scripts and workers
/// come from this server only; it injects styles at run time (styled-components) and compiles JSON schemas with
/// <c>new Function</c> (ajv), so inline styles and eval are allowed; it may send GraphQL to any endpoint the person
/// connects it to. It may still not be framed, load plugins or change its base URL.
/// </summary>
public static class IdeSecurityPolicy
{
    public const string Value = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "worker-src 'self' blob:; manifest-src 'self'; connect-src 'self' http: https: ws: wss:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

namespace GraphKam.Tests.Dashboard;

/// <summary>JavaScript helpers for the browser tests, prepended to the scripts that use them.</summary>
public static class PageScripts
{
    /// <summary>
    /// <c>all(root)</c>: every element of the page, those inside the widgets' shadow roots included;
    /// <c>describe(e)</c>: a short name for an element in a failure message.
    /// </summary>
    public const string Prelude = """
        const all = (root = document) =>
          [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
        const describe = (e) => {
          const host = e.getRootNode().host;
          const classes = typeof e.className === 'string' && e.className ? `.${e.className.split(' ').join('.')}` : '';
          return `${host ? `${host.localName} ` : ''}${e.localName}${e.id ? `#${e.id}` : ''}${classes}`;
        };

        """;
}

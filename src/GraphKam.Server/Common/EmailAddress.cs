namespace GraphKam.Server.Common;

public static class EmailAddress
{
    /// <summary>One @, something on both sides, a dot in the domain, no spaces: enough to catch typing mistakes.</summary>
    public static bool IsValid(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.')
            && !value.Any(char.IsWhiteSpace);
    }
}

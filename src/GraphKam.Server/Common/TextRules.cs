using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Common;

/// <summary>
/// The one check of free text for every area: a required field needs more than white space (<c>REQUIRED_VALUE</c>),
/// and any field has a length it may not pass (<c>TOO_LONG</c>); both are reported when both apply.
/// </summary>
public static class TextRules
{
    public static void Check(string? value, string field, int maxLength, List<MutationError> errors, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(value)) errors.Add(new RequiredValueError(field));
        if (value?.Length > maxLength) errors.Add(new TooLongError(field, maxLength));
    }
}

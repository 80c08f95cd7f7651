using System.ComponentModel;
using System.Reflection;
using System.Text;
using GraphQL.Types;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// A GraphQL enum over a C# enum, named after it and described by its <see cref="DescriptionAttribute"/>s.
/// Values are CONSTANT_CASE with digits split off (<c>Fortune500</c> → <c>FORTUNE_500</c>).
/// </summary>
public abstract class EnumType<TEnum> : EnumerationGraphType<TEnum> where TEnum : Enum
{
    protected EnumType()
    {
        Name = typeof(TEnum).Name;
        Description = typeof(TEnum).GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"Describe enum {typeof(TEnum).Name} with [Description].");
    }

    protected override string ChangeEnumCase(string val) => ConstantCase(val);

    public static string ConstantCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var (previous, current) = (i > 0 ? name[i - 1] : '\0', name[i]);
            var wordStarts = i > 0 && ((char.IsUpper(current) && (char.IsLower(previous) || char.IsDigit(previous)))
                || (char.IsDigit(current) && char.IsLetter(previous)));
            if (wordStarts) result.Append('_');
            result.Append(char.ToUpperInvariant(current));
        }
        return result.ToString();
    }
}

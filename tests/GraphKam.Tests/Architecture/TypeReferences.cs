using System.Reflection;
using System.Reflection.Emit;

namespace GraphKam.Tests.Architecture;

/// <summary>
/// Which types a type uses: its signatures and every type, method and field its method bodies name (read from the IL,
/// so a fully qualified name or a <c>var</c> counts as much as a <c>using</c>). Lambdas and iterators are compiler-made
/// nested types, counted with the type that declares them.
/// </summary>
public static class TypeReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t == null || !found.Add(t)) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsGenericType) foreach (var argument in t.GetGenericArguments()) Add(argument);
        }
        Add(type.BaseType);
        foreach (var contract in type.GetInterfaces()) Add(contract);
        foreach (var field in type.GetFields(Everything)) Add(field.FieldType);
        foreach (var property in type.GetProperties(Everything)) Add(property.PropertyType);
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info) Add(info.ReturnType);
            foreach (var parameter in method.GetParameters()) Add(parameter.ParameterType);
            foreach (var member in BodyReferences(method))
            {
                switch (member)
                {
                    case Type t: Add(t); break;
                    case MethodBase m:
                        Add(m.DeclaringType);
                        if (m is MethodInfo mi) { Add(mi.ReturnType); foreach (var g in mi.GetGenericArguments()) Add(g); }
                        foreach (var p in m.GetParameters()) Add(p.ParameterType);
                        break;
                    case FieldInfo f: Add(f.DeclaringType); Add(f.FieldType); break;
                }
            }
        }
        return found;
    }

    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il == null) yield break;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            var size = OperandSize(code.OperandType, il, at);
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType
                or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try { member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments); }
                catch (ArgumentException) { }
                if (member != null) yield return member;
            }
            at += size;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}

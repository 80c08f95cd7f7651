using System.Reflection;

namespace GraphKam.Tests.Architecture;

/// <summary>The server's areas (first namespace segment under <c>GraphKam.Server</c>) and which use which.</summary>
public sealed class AreaGraph
{
    public const string Root = "GraphKam.Server";

    public Dictionary<string, HashSet<string>> Uses { get; } = [];

    /// <summary>For each dependency, one type that makes it, so a failing test can say where to look.</summary>
    public Dictionary<(string From, string To), string> Evidence { get; } = [];

    public static string? AreaOf(Type type)
    {
        var ns = type.Namespace;
        if (ns == null || type.Assembly != typeof(Program).Assembly) return null;
        if (ns == Root) return "(root)";
        return ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;
    }

    public static AreaGraph Of(Assembly assembly)
    {
        var graph = new AreaGraph();
        foreach (var type in assembly.GetTypes())
        {
            if (AreaOf(Outermost(type)) is not { } from) continue;
            var uses = graph.Uses.TryGetValue(from, out var set) ? set : graph.Uses[from] = [];
            foreach (var used in TypeReferences.Of(type))
            {
                if (AreaOf(Outermost(used)) is not { } to || to == from) continue;
                if (uses.Add(to)) graph.Evidence[(from, to)] = $"{type.FullName} uses {used.FullName}";
            }
        }
        return graph;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType != null) type = type.DeclaringType;
        return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
    }

    /// <summary>Groups of areas that depend on each other in a circle (Tarjan's strongly connected components).</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in Uses.GetValueOrDefault(node, []))
            {
                if (!index.TryGetValue(next, out var nextIndex)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                else if (stack.Contains(next)) low[node] = Math.Min(low[node], nextIndex);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); component.Add(member); } while (member != node);
            if (component.Count > 1) cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }
        foreach (var node in Uses.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(node)) Visit(node);
        return cycles;
    }
}

namespace GraphKam.Server.Demo;

/// <summary><c>GraphKam:SeedDemoData</c>: whether an empty database receives the demo dataset at start-up.</summary>
public sealed class DemoDataOptions
{
    public bool SeedDemoData { get; set; } = true;
}

using GraphKam.Server.Common;

namespace GraphKam.Server.Exports;

/// <summary>
/// Exports of any root list as CSV or Excel (<c>GET /export/{list}.csv|.xlsx</c>, mapped by the web setup), run as
/// the caller through the GraphQL executor; bounds from <c>GraphKam:Exports</c>.
/// </summary>
public sealed class ExportsArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Options<ExportOptions>("GraphKam:Exports");
        area.Services.AddSingleton<ExportLists>();
        area.Services.AddSingleton<ListExporter>();
    }
}

using GraphKam.Server.Common;

namespace GraphKam.Server.Imports;

/// <summary>
/// Imports of rows from CSV or Excel through the create mutations' inputs and rules (<c>POST /import/{kind}</c>,
/// mapped by the web setup, and the <c>import</c> command); bounds from <c>GraphKam:Imports</c>. Each kind is one
/// small class, listed here.
/// </summary>
public sealed class ImportsArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Options<ImportOptions>("GraphKam:Imports");
        area.Services.AddSingleton<ImportKind, AccountImport>();
        area.Services.AddSingleton<ImportKind, ContactImport>();
        area.Services.AddSingleton<Importer>();
    }
}

using GraphKam.Server.Common;

namespace GraphKam.Server.Imports;

/// <summary>
/// Imports of rows from CSV or Excel through the create mutations' inputs and rules (<c>POST /import/{kind}</c>,
/// mapped by the web setup, and the <c>import</c> command); bounds from <c>GraphKam:Imports</c>. Each kind is one
/// small class in the area that owns its mutation, registered there with <see cref="ImportRegistration.Imports{T}"/>.
/// </summary>
public sealed class ImportsArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Options<ImportOptions>("GraphKam:Imports");
        area.Services.AddSingleton<Importer>();
    }
}

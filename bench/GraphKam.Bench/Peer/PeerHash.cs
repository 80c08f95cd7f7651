using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphKam.Bench.Peer;

/// <summary>
/// The peer's deterministic "random" numbers: a uniform value in [0, 1) from the first 32 bits of md5("salt:i"), so
/// every load, here or in the peer's PostgreSQL, draws the same values.
/// </summary>
public static class PeerHash
{
    public static double Uniform(string salt, int i)
    {
        // Not security: md5 is what the peer's generator draws its values from, so it must be md5 here too.
#pragma warning disable CA5351
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(salt + ":" + i.ToString(CultureInfo.InvariantCulture)));
#pragma warning restore CA5351
        var high = ((uint)digest[0] << 24) | ((uint)digest[1] << 16) | ((uint)digest[2] << 8) | digest[3];
        return high / 4294967296.0;
    }

    public static string Pick(string[] choices, string salt, int i) =>
        choices[(int)Math.Floor(Uniform(salt, i) * choices.Length)];

    /// <summary>A double rounded as PostgreSQL's numeric round(x, 2) does (half away from zero).</summary>
    public static decimal Round2(double value) =>
        Math.Round(decimal.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float,
            CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
}

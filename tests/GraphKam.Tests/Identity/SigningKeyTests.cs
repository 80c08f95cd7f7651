using GraphKam.Server.Identity;

namespace GraphKam.Tests.Identity;

public sealed class SigningKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphkam-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Without_a_configured_key_one_is_generated_once_and_kept()
    {
        var options = new AuthOptions();
        var first = SigningKey.Load(options, _folder);
        Assert.True(File.Exists(Path.Combine(_folder, options.SigningKeyFile)));
        Assert.Equal(64, first.Key.Length);
        Assert.Equal(first.Key, SigningKey.Load(options, _folder).Key); // a restart keeps the tokens it issued valid
    }

    [Fact]
    public void A_configured_key_wins_and_a_short_one_is_refused()
    {
        var configured = new byte[32];
        configured[0] = 7;
        Assert.Equal(configured, SigningKey.Load(new AuthOptions { SigningKey = Convert.ToBase64String(configured) }, _folder).Key);
        Assert.False(File.Exists(Path.Combine(_folder, new AuthOptions().SigningKeyFile)));
        Assert.Throws<InvalidOperationException>(() => SigningKey.Load(new AuthOptions { SigningKey = Convert.ToBase64String(new byte[16]) }, _folder));
    }
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Server.Identity;

/// <summary>The key access tokens are signed with: from configuration, else generated once and kept on disk.</summary>
public static class SigningKey
{
    public static SymmetricSecurityKey Load(AuthOptions options, string contentRoot)
    {
        var bytes = options.SigningKey is { Length: > 0 } configured ? Convert.FromBase64String(configured) : FromFile(Path.Combine(contentRoot, options.SigningKeyFile));
        if (bytes.Length < 32) throw new InvalidOperationException("GraphKam:Auth:SigningKey must be at least 32 bytes (base64).");
        return new SymmetricSecurityKey(bytes) { KeyId = "graphkam" };
    }

    private static byte[] FromFile(string path)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var key = RandomNumberGenerator.GetBytes(64);
        // CreateNew: two servers starting at once cannot both write; the loser reads the winner's key.
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The generated token signing key cannot be kept in {path}: set GraphKam:Auth:SigningKey, or let the server write there.", e);
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace ContainerKit.Rendering;

/// <summary>The render hash of an entry folder: SHA-256 over every file's path, mode and bytes, in path order.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex hash of <paramref name="files"/>.</summary>
    public static string Of(IEnumerable<RenderedFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var content = Encoding.UTF8.GetBytes(file.Content);
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.RelativePath}\0{file.OctalMode}\0{content.Length}\0"));
            hash.AppendData(content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

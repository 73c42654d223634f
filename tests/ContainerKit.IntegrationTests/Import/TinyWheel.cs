using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ContainerKit.IntegrationTests.Import;

/// <summary>A pure-Python wheel made in memory (one module with a VALUE), so pip can install it without PyPI.</summary>
/// <param name="Name">The distribution name, e.g. <c>ck-import-wheel</c> (the module is its underscore form).</param>
/// <param name="Version">The version.</param>
public sealed record TinyWheel(string Name, string Version)
{
    /// <summary>The module name.</summary>
    public string Module => Name.Replace('-', '_');

    /// <summary>The wheel file name.</summary>
    public string FileName => $"{Module}-{Version}-py3-none-any.whl";

    /// <summary>The value the module's VALUE holds.</summary>
    public string Value => $"{Name} {Version}";

    /// <summary>The wheel's bytes: the module, METADATA, WHEEL and a RECORD with sha256 hashes.</summary>
    public byte[] Build()
    {
        var distInfo = $"{Module}-{Version}.dist-info";
        var files = new Dictionary<string, string>
        {
            [$"{Module}/__init__.py"] = $"VALUE = \"{Value}\"\n",
            [$"{distInfo}/METADATA"] = $"Metadata-Version: 2.1\nName: {Name}\nVersion: {Version}\n",
            [$"{distInfo}/WHEEL"] = "Wheel-Version: 1.0\nGenerator: containerkit-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        };
        var record = new StringBuilder();
        foreach (var (path, text) in files)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var hash = Convert.ToBase64String(SHA256.HashData(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            record.Append($"{path},sha256={hash},{bytes.Length}\n");
        }

        files[$"{distInfo}/RECORD"] = record.Append($"{distInfo}/RECORD,,\n").ToString();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            foreach (var (path, text) in files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }
}

using System.Text;

namespace ContainerKit.Docker.Scheduling;

/// <summary>Copies what was appended to a file since the last call to a writer (the file may not exist yet).</summary>
/// <param name="path">The file to follow.</param>
/// <param name="target">Where its new text goes.</param>
public sealed class FileTail(string path, TextWriter target)
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private long _position;

    /// <summary>Copies the new bytes; returns whether there were any.</summary>
    public async Task<bool> PumpAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return false;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length <= _position) return false;
        stream.Position = _position;
        var bytes = new byte[stream.Length - _position];
        var read = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        _position += read;
        var chars = new char[_decoder.GetCharCount(bytes, 0, read)];
        _decoder.GetChars(bytes, 0, read, chars, 0);
        await target.WriteAsync(chars, cancellationToken).ConfigureAwait(false);
        await target.FlushAsync(cancellationToken).ConfigureAwait(false);
        return read > 0;
    }
}

using System.Diagnostics;

namespace ContainerKit.Targets;

/// <summary>
/// An exclusive lock on the rendered output (<c>artifacts/containers/.render.lock</c>), held while a run writes
/// its entry folders, so two runs of the same entry at once never see a half-replaced folder: the second waits,
/// then finds the folder current. The operating system releases it when the process ends, even on a crash.
/// </summary>
internal sealed class RenderLock : IDisposable
{
    /// <summary>The lock file's name in the output folder.</summary>
    public const string FileName = ".render.lock";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _file;

    private RenderLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock of <paramref name="outputRoot"/>, telling <paramref name="output"/> once when another run
    /// holds it; gives up with an <see cref="IOException"/> naming the file after <paramref name="limit"/>.
    /// </summary>
    public static RenderLock Acquire(string outputRoot, TextWriter output, TimeSpan limit)
    {
        Directory.CreateDirectory(outputRoot);
        var path = Path.Combine(outputRoot, FileName);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                return new RenderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < limit)
            {
                if (!told) output.WriteLine($"waiting for another ContainerKit run that is writing {outputRoot} ({path})");
                told = true;
                Thread.Sleep(Poll);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}

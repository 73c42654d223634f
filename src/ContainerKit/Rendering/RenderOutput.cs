using System.Text;

namespace ContainerKit.Rendering;

/// <summary>
/// Writes a <see cref="RenderPlan"/> under an output root (<c>artifacts/containers</c>): every entry goes to a
/// staging folder first and replaces its previous folder only once all were written, so a failure leaves
/// the earlier output as it was. Entries whose files are already identical are left untouched.
/// </summary>
public static class RenderOutput
{
    /// <summary>Writes <paramref name="plan"/>; returns each entry with whether its folder changed.</summary>
    public static IReadOnlyList<(RenderedEntry Entry, string Folder, bool Changed)> Write(RenderPlan plan, string outputRoot)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(outputRoot);
        var staging = Path.Combine(outputRoot, $".staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        var results = new List<(RenderedEntry, string, bool)>();
        try
        {
            var changed = plan.Entries.Where(e => !IsCurrent(e, Path.Combine(outputRoot, e.RelativeFolder))).ToList();
            foreach (var entry in changed) WriteFiles(entry, Path.Combine(staging, "new", entry.RelativeFolder));
            var index = 0;
            foreach (var entry in changed)
            {
                var target = Path.Combine(outputRoot, entry.RelativeFolder);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (Directory.Exists(target)) Directory.Move(target, Path.Combine(staging, $"old-{index++}"));
                Directory.Move(Path.Combine(staging, "new", entry.RelativeFolder), target);
            }
            results.AddRange(plan.Entries.Select(e => (e, Path.Combine(outputRoot, e.RelativeFolder), changed.Contains(e))));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return results;
    }

    private static void WriteFiles(RenderedEntry entry, string folder)
    {
        foreach (var file in entry.Files)
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(file.Content));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, file.Mode);
            }
        }
    }

    /// <summary>True when the folder holds exactly the entry's files with the same bytes.</summary>
    private static bool IsCurrent(RenderedEntry entry, string folder)
    {
        if (!Directory.Exists(folder)) return false;
        var existing = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return existing.SequenceEqual(entry.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal))
               && entry.Files.All(f => File.ReadAllText(Path.Combine(folder, f.RelativePath)) == f.Content);
    }
}

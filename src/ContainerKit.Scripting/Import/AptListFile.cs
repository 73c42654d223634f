namespace ContainerKit.Scripting.Import;

/// <summary>Reads a template apt list (<c>apt-build.txt</c>): whitespace-separated names, <c>#</c> comments, blank lines.</summary>
internal static class AptListFile
{
    /// <summary>The package names of <paramref name="content"/>, in order.</summary>
    public static IEnumerable<string> Parse(string content) =>
        content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => line.Split('#', 2)[0])
            .SelectMany(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using ContainerKit.Definitions;

namespace ContainerKit.Validation;

/// <summary>
/// Checks pip's index options, typed (<see cref="PipSources"/>) or written as option lines of a requirements
/// file, with the same rules: URLs are absolute http(s) without credentials (CK1070), trusted hosts are
/// <c>host[:port]</c> (CK1071), find-links are URLs or absolute paths in the image (CK1072).
/// </summary>
internal static class PipSourceRules
{
    /// <summary>The option lines a requirements file may carry (index, find-links, pre-release and binary selection).</summary>
    private static readonly string[] FileOptions =
    [
        "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--trusted-host", "--pre",
        "--no-binary", "--only-binary", "--prefer-binary",
    ];

    /// <summary>The checked sources as <c>pip install</c> arguments, in a fixed order.</summary>
    public static List<string> Resolve(DiagnosticBag bag, string member, PipSources sources)
    {
        var options = new List<string>();
        if (sources.IndexUrl is { } index && CheckUrl(bag, member, "the index URL", index)) options.AddRange(["--index-url", index]);
        foreach (var extra in sources.ExtraIndexUrls ?? [])
        {
            if (CheckUrl(bag, member, "an extra index URL", extra ?? "")) options.AddRange(["--extra-index-url", extra!]);
        }
        foreach (var links in sources.FindLinks ?? [])
        {
            if (CheckFindLinks(bag, member, links ?? "")) options.AddRange(["--find-links", links!]);
        }
        foreach (var host in sources.TrustedHosts ?? [])
        {
            if (CheckHost(bag, member, host ?? "")) options.AddRange(["--trusted-host", host!]);
        }
        if (sources.Pre) options.Add("--pre");
        return options;
    }

    /// <summary>
    /// Checks one option line of a requirements file (<paramref name="where"/> is <c>file:line: </c>): a supported
    /// option, and its value by the rules of the typed options.
    /// </summary>
    public static void CheckFileOption(DiagnosticBag bag, string member, string where, string line)
    {
        var split = line.IndexOfAny([' ', '=', '\t']);
        var option = split < 0 ? line : line[..split];
        var value = split < 0 ? "" : line[(split + 1)..].Trim();
        if (!FileOptions.Contains(option, StringComparer.Ordinal))
        {
            bag.Add(DefinitionRules.DependencyFileSyntax, member, $"{where}only index, find-links, trusted-host, pre-release and binary options are supported in requirements files", line);
            return;
        }
        switch (option)
        {
            case "--index-url" or "-i" or "--extra-index-url":
                CheckUrl(bag, member, $"{where}the index URL", value);
                break;
            case "--find-links" or "-f":
                CheckFindLinks(bag, member, value, where);
                break;
            case "--trusted-host":
                CheckHost(bag, member, value, where);
                break;
        }
    }

    private static bool CheckUrl(DiagnosticBag bag, string member, string what, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || Grammar.FirstUrlUnsafeCharacter(url) is not null)
        {
            bag.Add(DefinitionRules.PipSourceUrl, member, $"{what} is not an absolute http or https URL of plain URL characters", Redacted(url));
            return false;
        }
        if (uri.UserInfo.Length > 0)
        {
            bag.Add(DefinitionRules.PipSourceUrl, member, $"{what} carries credentials, which would land in the Dockerfile, a layer and the build log", Redacted(url));
            return false;
        }
        return true;
    }

    private static bool CheckFindLinks(DiagnosticBag bag, string member, string value, string where = "")
    {
        if (value.StartsWith('/'))
        {
            if (Grammar.IsAbsolutePath(value)) return true;
            bag.Add(DefinitionRules.PipFindLinks, member, $"{where}the find-links folder is not a plain absolute path in the image", value);
            return false;
        }
        if (value.Contains("://", StringComparison.Ordinal)) return CheckUrl(bag, member, $"{where}the find-links URL", value);
        bag.Add(DefinitionRules.PipFindLinks, member, $"{where}find-links is neither an http(s) URL nor an absolute path in the image", value);
        return false;
    }

    private static bool CheckHost(DiagnosticBag bag, string member, string host, string where = "")
    {
        var parts = host.Split(':');
        var valid = parts.Length <= 2 && Uri.CheckHostName(parts[0]) is UriHostNameType.Dns or UriHostNameType.IPv4
                    && (parts.Length == 1 || long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && Grammar.IsPort(port));
        if (!valid) bag.Add(DefinitionRules.PipTrustedHost, member, $"{where}the trusted host is not host or host:port", host);
        return valid;
    }

    // A URL with user:password@ is reported without its credentials.
    private static string Redacted(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var slash = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        return scheme >= 0 && at > scheme && (slash < 0 || at < slash) ? url[..(scheme + 3)] + "***" + url[at..] : url;
    }
}

namespace ContainerKit.Lint.Checks;

/// <summary>An <c>apt-get</c>/<c>apt</c> command: its tool, subcommand and options.</summary>
internal sealed record AptInvocation(string Tool, string Subcommand, IReadOnlyList<string> Options)
{
    /// <summary>Reads a command (sudo already removed); null when it is not apt-get/apt.</summary>
    public static AptInvocation? From(IReadOnlyList<string> command)
    {
        if (command.Count == 0 || command[0] is not ("apt-get" or "apt"))
        {
            return null;
        }
        var options = new List<string>();
        var subcommand = "";
        for (var i = 1; i < command.Count; i++)
        {
            var word = command[i];
            if (word.StartsWith('-'))
            {
                options.Add(word);
                if (word is "-o" or "-c" or "-t" && i + 1 < command.Count)
                {
                    options.Add(command[++i]);
                }
            }
            else if (subcommand.Length == 0)
            {
                subcommand = word;
            }
        }
        return new AptInvocation(command[0], subcommand, options);
    }

    /// <summary>True when it answers prompts with yes (<c>-y</c>, <c>-qy</c>, <c>--yes</c>, <c>--assume-yes</c>).</summary>
    public bool AssumesYes => Options.Any(o =>
        o is "--yes" or "--assume-yes" || (o.Length > 1 && o[0] == '-' && o[1] != '-' && o.Contains('y')));

    /// <summary>True when recommends are off (<c>--no-install-recommends</c> or the APT option).</summary>
    public bool NoRecommends => Options.Any(o =>
        o == "--no-install-recommends" || o.Contains("Install-Recommends=false", StringComparison.OrdinalIgnoreCase) ||
        o.Contains("Install-Recommends=0", StringComparison.Ordinal));
}

namespace ContainerKit.Targets.Host;

/// <summary>The parsed command line: host options, requested targets and raw parameter values.</summary>
internal sealed class CommandLine
{
    /// <summary>Options the host itself understands (not build parameters).</summary>
    public static readonly IReadOnlyList<string> HostOptions = ["skip", "plan", "help", "continue", "verbosity", "root"];

    public List<string> Targets { get; } = [];

    /// <summary>Null when <c>--skip</c> was not given; empty when given bare (skip everything not requested).</summary>
    public List<string>? Skip { get; private set; }

    public bool Plan { get; private set; }
    public bool Help { get; private set; }
    public bool Continue { get; private set; }
    public Verbosity Verbosity { get; private set; } = Verbosity.Normal;
    public string? Root { get; private set; }

    /// <summary>Kebab name -&gt; raw values, in command-line order; repeated options accumulate.</summary>
    public Dictionary<string, List<string>> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> for malformed input.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new CommandLine();
        List<string>? current = result.Targets;
        string? currentName = null;
        foreach (var arg in args)
        {
            if (arg is "-h" or "-?" || (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2))
            {
                result.Close(currentName, current);
                var name = arg is "-h" or "-?" ? "help" : arg[2..];
                var inline = name.IndexOf('=');
                string? inlineValue = null;
                if (inline >= 0)
                {
                    (name, inlineValue) = (name[..inline], name[(inline + 1)..]);
                }
                currentName = name.ToLowerInvariant();
                current = result.Open(currentName);
                if (inlineValue is not null)
                {
                    current.Add(inlineValue);
                }
                continue;
            }
            current.Add(arg);
        }
        result.Close(currentName, current);
        return result;
    }

    private List<string> Open(string name)
    {
        switch (name)
        {
            case "skip":
                return Skip ??= [];
            case "plan" or "help" or "continue" or "verbosity" or "root":
                return [];
            default:
                if (!Parameters.TryGetValue(name, out var values))
                {
                    Parameters[name] = values = [];
                }
                return values;
        }
    }

    private void Close(string? name, List<string> values)
    {
        switch (name)
        {
            case "plan":
                Plan = Flag(values);
                break;
            case "help":
                Help = Flag(values);
                break;
            case "continue":
                Continue = Flag(values);
                break;
            case "verbosity":
                var level = OptionValue(values);
                if (level is null || !ValueConverter.TryParseEnum(typeof(Verbosity), level, out var verbosity))
                {
                    throw new UsageException($"Option --verbosity takes one of: quiet, normal, verbose (got '{level}').");
                }
                Verbosity = (Verbosity)verbosity;
                break;
            case "root":
                Root = OptionValue(values) ?? throw new UsageException("Option --root takes one directory.");
                break;
        }
    }

    /// <summary>
    /// For a bool parameter given as a bare flag before targets (<c>--force Render</c>), moves the
    /// values that name targets back to the target list.
    /// </summary>
    public void ReclaimTargets(Func<string, bool> isFlagParameter, Func<string, bool> isTarget)
    {
        foreach (var (name, values) in Parameters.Where(p => isFlagParameter(p.Key)))
        {
            var first = values.Count > 0 && bool.TryParse(values[0], out _) ? 1 : 0;
            if (values.Skip(first).Any() && values.Skip(first).All(isTarget))
            {
                Targets.AddRange(values.Skip(first));
                values.RemoveRange(first, values.Count - first);
            }
        }
    }

    /// <summary>A host option takes one value; anything after it is a target, as after a flag.</summary>
    private string? OptionValue(List<string> values)
    {
        Targets.AddRange(values.Skip(1));
        return values.FirstOrDefault();
    }

    /// <summary>A host flag takes an optional true/false; anything else after it is a target.</summary>
    private bool Flag(List<string> values)
    {
        var flag = true;
        var first = values.Count > 0 && bool.TryParse(values[0], out flag) ? 1 : 0;
        Targets.AddRange(values.Skip(first));
        return first == 0 || flag;
    }
}

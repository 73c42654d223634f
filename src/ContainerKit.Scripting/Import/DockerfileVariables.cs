using System.Text.RegularExpressions;
using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// The build arguments and environment variables a template build sees at each instruction, scoped as Docker
/// scopes them: an <c>ARG</c> before the first FROM is global (FROM lines, and stages that declare it again); an
/// <c>ARG</c> inside a stage is visible in that stage only; an <c>ENV</c> is inherited by every stage built on its
/// stage. The compose files' literal build args override <c>ARG</c> defaults, as <c>docker compose build</c> does.
/// </summary>
internal sealed partial class DockerfileVariables
{
    private readonly DockerfileDocument _dockerfile;
    private readonly StageAncestry _stages;
    private readonly IReadOnlyDictionary<string, string> _compose;
    private readonly Dictionary<string, string> _global = new(StringComparer.Ordinal);

    /// <summary>The variables of <paramref name="dockerfile"/> with <paramref name="composeArgs"/> applied.</summary>
    public DockerfileVariables(DockerfileDocument dockerfile, StageAncestry stages, IReadOnlyDictionary<string, string> composeArgs)
    {
        _dockerfile = dockerfile;
        _stages = stages;
        _compose = composeArgs;
        foreach (var instruction in dockerfile.Instructions.Where(i => i.StageIndex < 0 && i.Keyword == "ARG"))
        {
            foreach (var (name, value) in EnvInstruction.Pairs(instruction.Arguments))
            {
                if ((composeArgs.GetValueOrDefault(name) ?? value) is { } set) _global[name] = Expand(set, _global, out _);
            }
        }
    }

    /// <summary>A compose build arg or global ARG default, or null when neither gives a non-empty value.</summary>
    public string? Global(string name) =>
        _compose.GetValueOrDefault(name) is { Length: > 0 } composed ? composed
        : _global.GetValueOrDefault(name) is { Length: > 0 } value ? value
        : null;

    /// <summary><paramref name="text"/> of a FROM line with the global arguments substituted.</summary>
    public string ExpandGlobal(string text, out IReadOnlyList<string> missing) => Expand(text, _global, out missing);

    /// <summary>The variables visible to <paramref name="instruction"/> (declared before it).</summary>
    public IReadOnlyDictionary<string, string> At(DockerfileInstruction instruction)
    {
        if (instruction.StageIndex < 0) return _global;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var chain = _stages.Chain(_dockerfile.Stages[instruction.StageIndex]).Order().ToList();
        Dictionary<string, string> visible = new(StringComparer.Ordinal);
        foreach (var stage in chain)
        {
            // Build arguments do not cross FROM; environment variables do.
            var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var declared in _dockerfile.Instructions.Where(i => i.StageIndex == stage && (stage != instruction.StageIndex || i.Line < instruction.Line)))
            {
                if (declared.Keyword is not ("ARG" or "ENV")) continue;
                foreach (var (name, value) in EnvInstruction.Pairs(declared.Arguments))
                {
                    if (declared.Keyword == "ENV") environment[name] = Expand(value ?? "", visible, out _);
                    else if ((_compose.GetValueOrDefault(name) ?? (value is null ? _global.GetValueOrDefault(name) : Expand(value, visible, out _))) is { } argument)
                        arguments[name] = argument;
                    visible = new Dictionary<string, string>(arguments, StringComparer.Ordinal);
                    foreach (var (key, set) in environment) visible[key] = set;
                }
            }

            if (stage != instruction.StageIndex) visible = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        }

        return visible;
    }

    /// <summary><paramref name="text"/> as <paramref name="instruction"/> sees it; names without a value are left as written and returned in <paramref name="missing"/>.</summary>
    public string Expand(DockerfileInstruction instruction, string text, out IReadOnlyList<string> missing) => Expand(text, At(instruction), out missing);

    /// <summary>
    /// <paramref name="text"/> with <c>$NAME</c>, <c>${NAME}</c> and <c>${NAME:-default}</c> replaced from <paramref name="values"/>;
    /// names without a value (and no default) are left as written and returned in <paramref name="missing"/>.
    /// </summary>
    public static string Expand(string text, IReadOnlyDictionary<string, string> values, out IReadOnlyList<string> missing)
    {
        var unknown = new List<string>();
        var result = Reference().Replace(text, match =>
        {
            var name = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["plain"].Value;
            if (values.TryGetValue(name, out var value) && value.Length > 0) return value;
            if (match.Groups["default"].Success) return match.Groups["default"].Value;
            unknown.Add(name);
            return match.Value;
        });
        missing = unknown;
        return result;
    }

    /// <summary>The variable names <paramref name="text"/> refers to.</summary>
    public static IEnumerable<string> References(string text) =>
        Reference().Matches(text).Select(m => m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value);

    [GeneratedRegex(@"\$(?:\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<default>[^}]*))?\}|(?<plain>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Reference();
}

using System.Text;

namespace ContainerKit.Rendering;

/// <summary>Accumulates Dockerfile text: instructions, continued RUN scripts and blank lines between stages.</summary>
internal sealed class DockerfileBuilder
{
    private const string Continuation = " \\\n";
    private readonly StringBuilder _text = new();

    /// <summary>Appends a comment line.</summary>
    public DockerfileBuilder Comment(string text) => Line("# " + text);

    /// <summary>Appends one instruction line.</summary>
    public DockerfileBuilder Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Starts a stage, separated from the previous one by a blank line.</summary>
    public DockerfileBuilder Stage(string from, string name)
    {
        if (_text.Length > 0) _text.Append('\n');
        return Line($"FROM {from} AS {name}");
    }

    /// <summary>
    /// Appends <c>RUN</c> with its mount flags each on a line, then the commands joined by <c>&amp;&amp;</c>,
    /// one per line, so diffs of a changed package stay one line long.
    /// </summary>
    public DockerfileBuilder Run(IReadOnlyList<string> mounts, IReadOnlyList<string> commands)
    {
        var parts = mounts.Select(m => "--mount=" + m).ToList();
        _text.Append("RUN ");
        if (parts.Count > 0) _text.Append(string.Join(Continuation + "    ", parts)).Append(Continuation).Append("    ");
        _text.Append(string.Join(Continuation + "    && ", commands)).Append('\n');
        return this;
    }

    /// <summary>Appends <c>ENV</c> with one <c>NAME="value"</c> pair per line.</summary>
    public DockerfileBuilder Env(IReadOnlyList<KeyValuePair<string, string>> variables)
    {
        if (variables.Count == 0) return this;
        return Line("ENV " + string.Join(Continuation + "    ", variables.Select(v => DockerfileQuoting.EnvPair(v.Key, v.Value))));
    }

    /// <summary>Appends <c>LABEL</c> with one pair per line.</summary>
    public DockerfileBuilder Label(IReadOnlyList<KeyValuePair<string, string>> labels)
    {
        if (labels.Count == 0) return this;
        return Line("LABEL " + string.Join(Continuation + "    ", labels.Select(v => $"{v.Key}={DockerfileQuoting.Quote(v.Value)}")));
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}

using System.Text;

namespace ContainerKit.Entrypoints;

/// <summary>Joins a script from a header and the sections the options switch on; '\n' endings, one blank line between sections.</summary>
internal sealed class ScriptBuilder
{
    private readonly List<string> _sections = [];

    /// <summary>Starts a bash script with a shebang, a purpose comment and strict mode.</summary>
    public ScriptBuilder(string purpose)
    {
        _sections.Add($"#!/usr/bin/env bash\n# {purpose}\n# Rendered by ContainerKit; edit the environment definition, not this file.\nset -euo pipefail");
    }

    /// <summary>Adds <paramref name="section"/> when <paramref name="enabled"/>.</summary>
    public ScriptBuilder Add(string section, bool enabled = true)
    {
        if (enabled)
        {
            _sections.Add(section.ReplaceLineEndings("\n").Trim('\n'));
        }
        return this;
    }

    /// <summary>The script text, ending with a newline.</summary>
    public override string ToString() => new StringBuilder().AppendJoin("\n\n", _sections).Append('\n').ToString();
}

using ContainerKit.Definitions;
using ContainerKit.Rendering;

namespace ContainerKit.Validation;

/// <summary>Checks the custom stages and raw instructions of an entry and orders the stages by dependency.</summary>
internal static class StageGraph
{
    /// <summary>Stages rendered before the custom stages.</summary>
    public static readonly string[] BuiltInBefore = [StageNames.Base, StageNames.PythonEnvironment];

    /// <summary>Stages rendered after the custom stages.</summary>
    public static readonly string[] BuiltInAfter = [StageNames.Runtime, StageNames.Development];

    private static readonly string[] AllowedKeywords = ["RUN", "COPY", "ENV", "WORKDIR", "EXPOSE", "LABEL", "ARG", "VOLUME", "USER"];

    /// <summary>Validates the stages and instructions; returns the custom stages in an order where each follows what it uses.</summary>
    public static IReadOnlyList<CustomStage> Check(
        DiagnosticBag bag,
        IReadOnlyList<CustomStage> stages,
        IReadOnlyList<Instruction> runtime,
        IReadOnlyList<Instruction> development)
    {
        const string member = "CustomStages";
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            if (!Grammar.IsSimpleName(stage.Name) || BuiltInBefore.Contains(stage.Name) || BuiltInAfter.Contains(stage.Name) || !names.Add(stage.Name))
                bag.Add(DefinitionRules.StageName, member, "the custom stage name is invalid, built-in or used twice", stage.Name);
        }
        foreach (var stage in stages)
        {
            CheckReference(bag, member, stage.From, names);
            CheckInstructions(bag, member, stage.Instructions, names);
        }
        var known = new HashSet<string>(names, StringComparer.Ordinal);
        CheckInstructions(bag, "RuntimeInstructions", runtime, known);
        known.Add(StageNames.Runtime);
        CheckInstructions(bag, "DevelopmentInstructions", development, known);
        return Order(bag, member, stages, names);
    }

    private static void CheckInstructions(DiagnosticBag bag, string member, IReadOnlyList<Instruction> instructions, IReadOnlySet<string> custom)
    {
        foreach (var instruction in instructions)
        {
            var line = instruction.Render();
            // Instruction.Env: its name and value, checked as EnvironmentVariables are (the rendering is theirs too).
            if (instruction is { Keyword: "ENV", Literals: [var name, var value] })
                bag.CheckEnvironmentVariable(member, name, value);
            else if (!AllowedKeywords.Contains(instruction.Keyword) || line.Any(char.IsControl) || instruction.Arguments.Trim().Length == 0)
                bag.Add(DefinitionRules.RawInstruction, member, $"'{instruction.Keyword}' is not an allowed single-line instruction", line);
            // The Dockerfile parser joins a line ending in '\' (spaces may follow) with the next one.
            else if (line.TrimEnd(' ', '\t').EndsWith('\\'))
                bag.Add(DefinitionRules.RawInstruction, member, "the instruction ends with a backslash, which continues it into the next Dockerfile line", line);
            if (instruction.FromStage is not null) CheckReference(bag, member, instruction.FromStage, custom);
            if (instruction.Keyword != "ENV")
            {
                foreach (var literal in instruction.Literals) CheckLiteral(bag, member, instruction.Keyword, literal);
            }
        }
    }

    private static void CheckLiteral(DiagnosticBag bag, string member, string keyword, string literal)
    {
        if (literal.Length == 0)
            bag.Add(DefinitionRules.ShellMetacharacter, member, $"a path of {keyword} is empty", literal);
        else if (literal.StartsWith('-'))
            bag.Add(DefinitionRules.ShellMetacharacter, member, $"a path of {keyword} starts with '-', which Docker reads as a flag", literal);
        else if (Grammar.FirstDockerfileWordUnsafeCharacter(literal) is { } bad)
            bag.Add(DefinitionRules.ShellMetacharacter, member, $"a path of {keyword} contains {Grammar.Describe(bad)}, which Docker would read as more than the path", literal);
    }

    private static void CheckReference(DiagnosticBag bag, string member, string reference, IReadOnlySet<string> custom)
    {
        if (BuiltInBefore.Contains(reference) || custom.Contains(reference) || BuiltInAfter.Contains(reference) && member != "CustomStages")
            return;
        if (ImageReference.TryParse(reference) is { IsPinned: true }) return;
        bag.Add(DefinitionRules.UnknownStage, member, "the stage reference names no stage defined here nor a pinned image", reference);
    }

    private static List<CustomStage> Order(DiagnosticBag bag, string member, IReadOnlyList<CustomStage> stages, IReadOnlySet<string> names)
    {
        var byName = stages.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ordered = new List<CustomStage>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var reported = false;

        void Visit(CustomStage stage, Stack<string> path)
        {
            if (state.TryGetValue(stage.Name, out var done))
            {
                if (!done && !reported)
                {
                    reported = true;
                    var cycle = path.Reverse().SkipWhile(n => n != stage.Name).Append(stage.Name);
                    bag.Add(DefinitionRules.StageCycle, member, "custom stages depend on each other in a cycle", string.Join(" -> ", cycle));
                }
                return;
            }
            state[stage.Name] = false;
            path.Push(stage.Name);
            var uses = stage.Instructions.Select(i => i.FromStage).Prepend(stage.From).OfType<string>();
            foreach (var used in uses.Where(names.Contains).Distinct(StringComparer.Ordinal))
                Visit(byName[used], path);
            path.Pop();
            state[stage.Name] = true;
            ordered.Add(stage);
        }

        foreach (var stage in byName.Values) Visit(stage, new Stack<string>());
        return ordered;
    }
}

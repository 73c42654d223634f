using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Rendering;
using Xunit;

namespace ContainerKit.Tests.Security;

/// <summary>
/// Every definition member is read once: a member that throws (even only on a later call) is CK1020, and a member
/// that returns something else on every call renders exactly what was validated.
/// </summary>
public sealed class ReadOnceTests
{
    private static readonly string[] ChangingMembers = ["RuntimeInstructions", "DevelopmentInstructions", "CustomStages", "Name", "Matrix", "EnvironmentVariables"];

    public static TheoryData<string> Members() => new(ChangingMembers);

    [Theory]
    [MemberData(nameof(Members))]
    public void A_member_that_throws_on_its_second_call_is_read_once_and_renders(string member)
    {
        var definition = new ChangingEnvironment { ThrowsAfterFirstCall = member };

        var plan = RenderPipeline.Plan([definition], RenderSelection.All, _ => null);

        var entry = Assert.Single(plan.Entries);
        Assert.Equal("changing/amd64-cpu", entry.RelativeFolder);
        Assert.Equal(1, definition.Calls(member));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void A_member_that_always_throws_is_CK1020(string member)
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([new ChangingEnvironment { AlwaysThrows = member }], RenderSelection.All, _ => null));

        var diagnostic = Assert.Single(error.Diagnostics, d => d.Id == "CK1020");
        Assert.Equal("ChangingEnvironment." + member, diagnostic.Location);
        Assert.Contains("always " + member, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_returning_something_else_on_every_call_renders_what_was_validated()
    {
        var definition = new ChangingEnvironment();

        var entry = Assert.Single(RenderPipeline.Plan([definition], RenderSelection.All, _ => null).Entries);

        // The first call of each member is valid; later calls would inject a line continuation, a second FROM,
        // another folder and other variables.
        Assert.Equal("changing/amd64-cpu", entry.RelativeFolder);
        var dockerfile = entry.Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;
        Assert.Contains("RUN echo runtime-1\n", dockerfile, StringComparison.Ordinal);
        Assert.Contains("RUN echo development-1\n", dockerfile, StringComparison.Ordinal);
        Assert.Contains("RUN echo stage-1\n", dockerfile, StringComparison.Ordinal);
        Assert.Contains("CALL=\"1\"", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain("injected", dockerfile, StringComparison.Ordinal);
        Assert.All(ChangingMembers, member => Assert.Equal(1, definition.Calls(member)));
    }

    [Fact]
    public void Conda_lists_that_change_on_every_enumeration_render_what_was_validated()
    {
        var definition = new Core.TestCondaEnvironment
        {
            CondaValue = new() { Dependencies = new ChangingList<CondaSpec>("python=3.11", "python=3.11; id"), Channels = new ChangingList<string>("conda-forge", "https://evil.example/$(id)") },
        };

        var entry = Assert.Single(RenderPipeline.Plan([definition], RenderSelection.All, _ => null).Entries);

        var environment = entry.Files.Single(f => f.RelativePath == "dependencies/environment.yml").Content;
        Assert.Contains("python=3.11", environment, StringComparison.Ordinal);
        Assert.DoesNotContain("; id", environment, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", environment, StringComparison.Ordinal);
    }

    /// <summary>A list that yields its first item on the first enumeration and its second item on every later one.</summary>
    private sealed class ChangingList<T>(T first, T later) : IReadOnlyList<T>
    {
        private int _enumerations;

        public int Count => 1;

        public T this[int index] => index == 0 ? (_enumerations++ == 0 ? first : later) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            yield return _enumerations++ == 0 ? first : later;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A definition whose escape-hatch and set members count their calls and change after the first.</summary>
    private sealed class ChangingEnvironment : FromPythonEnvironment
    {
        private readonly Dictionary<string, int> _calls = [];

        public string? ThrowsAfterFirstCall { get; init; }
        public string? AlwaysThrows { get; init; }

        public int Calls(string member) => _calls.GetValueOrDefault(member);

        public override string Name => Next(nameof(Name)) == 1 ? "changing" : "../../injected";
        public override Project Project => new("changing");
        public override Matrix Matrix => Next(nameof(Matrix)) == 1
            ? Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu)
            : Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override AptPackages BaseApt => ["python3", "python3-venv"];

        public override IReadOnlyDictionary<string, string> EnvironmentVariables =>
            new Dictionary<string, string> { ["CALL"] = Next(nameof(EnvironmentVariables)) == 1 ? "1" : "injected\nRUN id" };

        public override IReadOnlyList<CustomStage> CustomStages(MatrixEntry entry) =>
            [new CustomStage("tools", "python-env", Instruction.Run(Next(nameof(CustomStages)) == 1 ? "echo stage-1" : "echo injected \\"))];

        public override IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) =>
            [Next(nameof(RuntimeInstructions)) == 1 ? Instruction.Run("echo runtime-1") : Instruction.Raw("FROM injected")];

        public override IReadOnlyList<Instruction> DevelopmentInstructions(MatrixEntry entry) =>
            [Next(nameof(DevelopmentInstructions)) == 1 ? Instruction.Run("echo development-1") : Instruction.Run("echo injected \\")];

        private int Next(string member)
        {
            if (member == AlwaysThrows) throw new InvalidOperationException("always " + member);
            var call = _calls[member] = _calls.GetValueOrDefault(member) + 1;
            if (member == ThrowsAfterFirstCall && call > 1) throw new InvalidOperationException("second call of " + member);
            return call;
        }
    }
}

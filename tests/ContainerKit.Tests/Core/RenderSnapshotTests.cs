using ContainerKit.Definitions;
using ContainerKit.Model;
using ContainerKit.Rendering;
using Environments;
using Xunit;

namespace ContainerKit.Tests.Core;

/// <summary>Snapshots of whole rendered entry folders: the example environments and edge cases.</summary>
public sealed class RenderSnapshotTests
{
    /// <summary>Names of the snapshot cases.</summary>
    internal static readonly IReadOnlyList<string> CaseNames =
    [
        "research-amd64-cpu", "research-amd64-cuda", "research-amd64-cu124", "conda-research-amd64-cuda", "conda-research-arm64-cuda",
        "long-apt-list", "custom-stage", "sudo-none", "sudo-passwordless", "sudo-password-hash",
    ];

    public static TheoryData<string> Cases() => new(CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendered_folder_matches_its_snapshot(string name)
    {
        SnapshotGuard.Match(FolderView(Render(name)), "RenderSnapshotTests." + name);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        IReadOnlyList<EnvironmentDefinition> definitions = [new ResearchEnvironment(), new CondaResearchEnvironment()];
        var first = RenderPipeline.Plan(definitions, RenderSelection.All, _ => null);
        var second = RenderPipeline.Plan([new ResearchEnvironment(), new CondaResearchEnvironment()], RenderSelection.All, _ => null);

        Assert.Equal(6, first.Entries.Count);
        Assert.Equal(first.Entries.SelectMany(e => e.Files), second.Entries.SelectMany(e => e.Files));
    }

    /// <summary>Renders the one matrix entry of a snapshot case.</summary>
    internal static RenderedEntry Render(string name)
    {
        var (definition, entry) = Case(name);
        var plan = RenderPipeline.Plan([definition], new RenderSelection([], [entry.PlatformName], [entry.AccelerationName]), _ => null);
        return Assert.Single(plan.Entries);
    }

    /// <summary>Every file of the folder as lines, so a snapshot diff reads like a file diff.</summary>
    internal static SortedDictionary<string, string[]> FolderView(RenderedEntry entry) =>
        new(entry.Files.ToDictionary(
            f => f.RelativePath + (f.Executable ? " (executable)" : ""),
            f => f.Content.Split('\n')), StringComparer.Ordinal);

    private static (EnvironmentDefinition, MatrixEntry) Case(string name) => name switch
    {
        "research-amd64-cpu" => (new ResearchEnvironment(), new(Platform.Amd64, Acceleration.Cpu)),
        "research-amd64-cuda" => (new ResearchEnvironment(), new(Platform.Amd64, Acceleration.Cuda)),
        "research-amd64-cu124" => (new ResearchEnvironment(), new(Platform.Amd64, ResearchEnvironment.Cu124)),
        "conda-research-amd64-cuda" => (new CondaResearchEnvironment(), new(Platform.Amd64, Acceleration.Cuda)),
        "conda-research-arm64-cuda" => (new CondaResearchEnvironment(), new(Platform.Arm64, Acceleration.Cuda)),
        "long-apt-list" => (new TestEnvironment
        {
            RuntimeAptValue = ["build-essential", "ca-certificates", "cmake", "curl", "ffmpeg", "git", "git-lfs", "graphviz",
                "libgl1", "libglib2.0-0", "libsm6", "libxext6", "libxrender1", "ninja-build", "pkg-config", "rsync", "tmux",
                "unzip", "wget", "zip", "zsh"],
        }, new(Platform.Amd64, Acceleration.Cpu)),
        "custom-stage" => (new TestEnvironment
        {
            Stages = [new CustomStage("tools", "debian:bookworm-slim", Instruction.Run("echo built > /tool.txt"))],
            Runtime = [Instruction.Copy("/tool.txt", "/opt/tool.txt", fromStage: "tools")],
        }, new(Platform.Amd64, Acceleration.Cpu)),
        "sudo-none" => (new TestEnvironment { UserValue = new() { Sudo = SudoPolicy.None } }, new(Platform.Amd64, Acceleration.Cpu)),
        "sudo-passwordless" => (new TestEnvironment { UserValue = new() { Sudo = SudoPolicy.Passwordless } }, new(Platform.Amd64, Acceleration.Cpu)),
        "sudo-password-hash" => (new TestEnvironment
        {
            UserValue = new() { Sudo = SudoPolicy.WithPasswordHash("$6$saltsalt$Y8pbWyBk0sZrT7Gm3c6uXy2O1kq9o7mZ1o3Yc0pQy8x6k3t8H2f1Qm0y9Z8r7W6v5U4t3S2r1Q0p9O8n7M6l5.") },
        }, new(Platform.Amd64, Acceleration.Cpu)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}

using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Scripting;

public sealed class PlatformEditorTests
{
    private const string Source = """
        sealed class Project : FromPythonEnvironment
        {
            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64) // x86 only for now
                                                   .Accelerations(Acceleration.Cuda, Acceleration.Cpu);

            public override BaseImage Base(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda ? Gpu : Cpu;
        }
        """;

    private static readonly MatrixEntry Amd64Cuda = new(Platform.Amd64, Acceleration.Cuda);

    [Fact]
    public void Copy_adds_the_new_platform_once()
    {
        var edit = PlatformEditor.Edit(Source, MatrixEditMode.Copy, Amd64Cuda, new MatrixEntry(Platform.Arm64, Acceleration.Cuda));

        Assert.Equal(Source.Replace("Platforms(Platform.Amd64)", "Platforms(Platform.Amd64, Platform.Arm64)", StringComparison.Ordinal), edit.Text);
        Assert.False(PlatformEditor.Edit(edit.Text, MatrixEditMode.Copy, Amd64Cuda, new MatrixEntry(Platform.Arm64, Acceleration.Cuda)).Changed);
    }

    [Fact]
    public void Change_replaces_the_platform_and_keeps_the_comment()
    {
        var edit = PlatformEditor.Edit(Source, MatrixEditMode.Change, Amd64Cuda, new MatrixEntry(Platform.Arm64, Acceleration.Cuda));

        Assert.Equal(Source.Replace("Platforms(Platform.Amd64) // x86", "Platforms(Platform.Arm64) // x86", StringComparison.Ordinal), edit.Text);
    }

    [Fact]
    public void Change_to_a_listed_acceleration_drops_the_old_one_only_inside_the_matrix()
    {
        var edit = PlatformEditor.Edit(Source, MatrixEditMode.Change, Amd64Cuda, new MatrixEntry(Platform.Amd64, Acceleration.Cpu));

        Assert.Equal(Source.Replace("Accelerations(Acceleration.Cuda, Acceleration.Cpu)", "Accelerations(Acceleration.Cpu)", StringComparison.Ordinal), edit.Text);
    }

    [Fact]
    public void Copy_into_a_multiline_collection_keeps_its_layout()
    {
        const string source = """
            class P
            {
                Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(
                [
                    Acceleration.Cpu,
                ]);
            }
            """;

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Copy, new MatrixEntry(Platform.Amd64, Acceleration.Cpu), Amd64Cuda);

        Assert.Equal("""
            class P
            {
                Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(
                [
                    Acceleration.Cpu,
                    Acceleration.Cuda,
                ]);
            }
            """, edit.Text);
    }

    [Fact]
    public void Unknown_entry_is_a_diagnostic()
    {
        var error = Assert.Throws<DiagnosticException>(() =>
            PlatformEditor.Edit(Source, MatrixEditMode.Change, new MatrixEntry(Platform.Arm64, Acceleration.Cpu), Amd64Cuda));

        Assert.Equal("CK1105", Assert.Single(error.Diagnostics).Id);
    }
}

using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Scripting;

public sealed class PlatformEditorTests
{
    private const string Source = """
        sealed class Sample : FromPythonEnvironment
        {
            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64) // x86 only for now
                                                   .Accelerations(Acceleration.Cuda);

            public override BaseImage Base(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda ? Gpu : Cpu;
        }
        """;

    private static readonly MatrixEntry Amd64Cuda = new(Platform.Amd64, Acceleration.Cuda);
    private static readonly MatrixEntry Amd64Cpu = new(Platform.Amd64, Acceleration.Cpu);
    private static readonly MatrixEntry Arm64Cuda = new(Platform.Arm64, Acceleration.Cuda);
    private static readonly MatrixEntry Arm64Cpu = new(Platform.Arm64, Acceleration.Cpu);

    [Fact]
    public void Copy_appends_in_place_when_that_adds_exactly_the_entry_and_is_idempotent()
    {
        var edit = PlatformEditor.Edit(Source, MatrixEditMode.Copy, Amd64Cuda, Arm64Cuda);

        Assert.Equal(Source.Replace("Platforms(Platform.Amd64)", "Platforms(Platform.Amd64, Platform.Arm64)", StringComparison.Ordinal), edit.Text);
        Assert.False(PlatformEditor.Edit(edit.Text, MatrixEditMode.Copy, Amd64Cuda, Arm64Cuda).Changed);
    }

    [Fact]
    public void Change_renames_in_place_and_keeps_the_comment()
    {
        var edit = PlatformEditor.Edit(Source, MatrixEditMode.Change, Amd64Cuda, Arm64Cuda);

        Assert.Equal(Source.Replace("Platforms(Platform.Amd64) // x86", "Platforms(Platform.Arm64) // x86", StringComparison.Ordinal), edit.Text);
    }

    [Fact]
    public void Copy_out_of_a_cross_product_adds_only_that_entry()
    {
        const string source = "class P { Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cuda, Acceleration.Cpu); }";

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Copy, Amd64Cuda, Arm64Cuda);

        Assert.Equal("class P { Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cuda, Acceleration.Cpu)"
            + ".Except(new MatrixEntry(Platform.Arm64, Acceleration.Cpu)); }", edit.Text);
    }

    [Fact]
    public void Change_inside_a_cross_product_leaves_the_other_entries_alone()
    {
        const string source = "class P { Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cuda, Acceleration.Cpu); }";

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Change, Amd64Cuda, Arm64Cuda);

        Assert.Equal("class P { Matrix Matrix => Matrix.Entries(new MatrixEntry(Platform.Arm64, Acceleration.Cuda), new MatrixEntry(Platform.Amd64, Acceleration.Cpu)); }", edit.Text);
    }

    [Fact]
    public void Change_to_a_listed_entry_drops_the_old_one()
    {
        const string source = "class P { Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cuda, Acceleration.Cpu); }";

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Change, Amd64Cuda, Amd64Cpu);

        Assert.Equal("class P { Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu); }", edit.Text);
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

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Copy, Amd64Cpu, Amd64Cuda);

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
    public void A_class_without_a_matrix_gets_one_from_the_default()
    {
        const string source = "class P : FromPythonEnvironment\n{\n    public override Project Project => new(\"p\");\n}\n";

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Copy, Amd64Cpu, Arm64Cpu, className: "P");

        Assert.Equal("class P : FromPythonEnvironment\n{\n    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cpu);\n\n"
            + "    public override Project Project => new(\"p\");\n}\n", edit.Text);
    }

    [Fact]
    public void Only_the_named_class_is_edited()
    {
        const string source = "class A { Matrix Matrix => Matrix.Platforms(Platform.Amd64); }\nclass B { Matrix Matrix => Matrix.Platforms(Platform.Amd64); }\n";

        var edit = PlatformEditor.Edit(source, MatrixEditMode.Change, Amd64Cpu, Arm64Cpu, className: "B");

        Assert.Equal("class A { Matrix Matrix => Matrix.Platforms(Platform.Amd64); }\nclass B { Matrix Matrix => Matrix.Platforms(Platform.Arm64); }\n", edit.Text);
    }

    [Fact]
    public void Edited_matrices_compile_and_expand_to_the_wanted_entries()
    {
        const string source = """
            using ContainerKit.Definitions;
            using ContainerKit.Model;

            public sealed class Sample : FromPythonEnvironment
            {
                public override Project Project => new("sample");
                public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cuda, Acceleration.Cpu);
                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            }
            """;
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(EnvironmentDefinition).Assembly]));

        var copied = PlatformEditor.Edit(source, MatrixEditMode.Copy, Amd64Cuda, Arm64Cuda).Text;
        var changed = PlatformEditor.Edit(source, MatrixEditMode.Change, Amd64Cuda, Arm64Cuda).Text;

        Assert.Empty(guard.Check(new Dictionary<string, string> { ["Copied.cs"] = copied }));
        Assert.Empty(guard.Check(new Dictionary<string, string> { ["Changed.cs"] = changed }));
    }

    [Fact]
    public void Entry_the_matrix_does_not_list_is_a_diagnostic_naming_what_it_lists()
    {
        var error = Assert.Throws<DiagnosticException>(() => PlatformEditor.Edit(Source, MatrixEditMode.Change, Arm64Cpu, Amd64Cuda));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1105", diagnostic.Id);
        Assert.Contains("does not list arm64-cpu (it lists amd64-cuda)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_computed_matrix_is_refused()
    {
        const string source = "class P { Matrix Matrix => Flag ? Matrix.Platforms(Platform.Amd64) : Matrix.Platforms(Platform.Arm64); }";

        var error = Assert.Throws<DiagnosticException>(() => PlatformEditor.Edit(source, MatrixEditMode.Copy, Amd64Cpu, Arm64Cpu, className: "P"));

        Assert.Contains("not a literal", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
    }
}

namespace ContainerKit.Tests.Scripting;

/// <summary>
/// A minimal source-compatible copy of the definition DSL's surface (DESIGN §3), compiled into the
/// throw-away projects of the source-editing tests so they do not depend on the DSL's progress.
/// </summary>
internal static class DslStub
{
    public const string Source = """
        using ContainerKit.Model;

        namespace ContainerKit;

        public sealed class Matrix
        {
            public static Matrix Platforms(params Platform[] platforms) => new();
            public Matrix Accelerations(params Acceleration[] accelerations) => this;
        }

        public sealed class BaseImage
        {
            public static BaseImage Parse(string reference) => new();
            public BaseImage WithEntrypoint(string path) => this;
        }

        public sealed class AptPackages : List<string>
        {
            public static AptPackages FromFile(string path) => [];
        }

        public sealed class PipRequirements : List<string>
        {
            public static PipRequirements FromFile(string path) => [];
        }

        public sealed class CondaEnvironment
        {
            public static CondaEnvironment FromFile(string path) => new();
        }

        public abstract class EnvironmentDefinition
        {
            public abstract Matrix Matrix { get; }
            public abstract BaseImage Base(MatrixEntry entry);
            public virtual AptPackages BuildApt => [];
            public virtual AptPackages RuntimeApt => [];
            public virtual AptPackages DevApt => [];
        }

        public abstract class FromPythonEnvironment : EnvironmentDefinition
        {
            public abstract PipRequirements Pip { get; }
        }

        public abstract class FromScratchEnvironment : EnvironmentDefinition
        {
            public abstract CondaEnvironment Conda { get; }
            public virtual string CondaPrefix => "/opt/conda";
        }
        """;

    /// <summary>A scratch build project: the DSL stub, a Main, and the given environment file.</summary>
    public static string WriteProject(TempFolder folder, string environmentSource)
    {
        folder.Write("build/Dsl.cs", Source);
        folder.Write("build/Build.cs", "static class Build { static int Main() => 0; }\n");
        folder.Write("build/obj/Ignored.cs", "this is not C#");
        return folder.Write("build/Environments/Project.cs", environmentSource);
    }
}

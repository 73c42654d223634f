namespace ContainerKit.Tests.Analyzers;

/// <summary>A definition with the silent case of CK1090 (Pip and a PipFor that never reads it), in <c>build/Environments/SilentEnvironment.cs</c>.</summary>
internal static class SilentDefinition
{
    public const string Source = """
        using ContainerKit.Definitions;
        using ContainerKit.Model;

        namespace Environments;

        public sealed class SilentEnvironment : FromPythonEnvironment
        {
            public override Project Project => new("silent");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override PipRequirements Pip => ["rich"];
            public override PipRequirements PipFor(MatrixEntry entry) => ["numpy"];
        }
        """;
}

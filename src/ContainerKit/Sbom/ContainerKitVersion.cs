using System.Reflection;

namespace ContainerKit.Sbom;

/// <summary>The version of ContainerKit itself (<c>ContainerKitVersion</c> of the build), as SBOMs and provenance labels record it.</summary>
public static class ContainerKitVersion
{
    /// <summary>The informational version of the ContainerKit assembly without its <c>+&lt;source revision&gt;</c> suffix, e.g. <c>0.1.0</c>.</summary>
    public static string Current { get; } =
        (typeof(ContainerKitVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? typeof(ContainerKitVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0").Split('+')[0];
}

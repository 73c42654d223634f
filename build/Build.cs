using ContainerKit.Targets;

/// <summary>This repository's build: the ContainerKit targets; environment definitions live in Environments/.</summary>
partial class Build : ContainerKitBuild
{
    public static int Main() => Execute<Build>(x => x.Render);
}

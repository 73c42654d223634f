namespace ContainerKit.Tests.Scripting;

/// <summary>A tiny stand-in for the DSL base type, so script loading is tested without the DSL.</summary>
public abstract class ScriptTestEnvironment
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> RuntimeApt => [];
}

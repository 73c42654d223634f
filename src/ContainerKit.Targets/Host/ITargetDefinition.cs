using System.Linq.Expressions;

namespace ContainerKit.Targets.Host;

/// <summary>The fluent definition of a target (Nuke-shaped).</summary>
public interface ITargetDefinition
{
    /// <summary>Sets the one-line description shown by <c>--help</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>Targets that must run (and succeed) before this one; they join the plan.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>When both are in the plan, this target runs before the given ones.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>When both are in the plan, this target runs after the given ones.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>Targets that join the plan and run after this one whenever it runs.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>Conditions evaluated before anything runs; any false one skips the target.</summary>
    ITargetDefinition OnlyWhenStatic(params Func<bool>[] conditions);

    /// <summary>Values that must be set (non-null, non-empty) before anything runs, e.g. <c>() =&gt; Registry</c>.</summary>
    ITargetDefinition Requires(params Expression<Func<object?>>[] requirements);

    /// <summary>Conditions that must hold before anything runs.</summary>
    ITargetDefinition Requires(params Expression<Func<bool>>[] conditions);

    /// <summary>When this target fails, the build still runs the targets that do not depend on it.</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>Hides the target from <c>--help</c>.</summary>
    ITargetDefinition Unlisted();

    /// <summary>Adds a synchronous action; several actions run in order.</summary>
    ITargetDefinition Executes(Action action);

    /// <summary>Adds an asynchronous action; several actions run in order.</summary>
    ITargetDefinition Executes(Func<Task> action);

    /// <summary>Adds a cancellable asynchronous action (Ctrl-C cancels the token).</summary>
    ITargetDefinition Executes(Func<CancellationToken, Task> action);
}

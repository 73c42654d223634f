using System.Linq.Expressions;

namespace ContainerKit.Targets.Host;

/// <summary>What a <see cref="Target"/> delegate configured; read by the host.</summary>
internal sealed class TargetDefinition : ITargetDefinition
{
    public string? DescriptionText { get; private set; }
    public List<Target> Dependencies { get; } = [];
    public List<Target> RunsBefore { get; } = [];
    public List<Target> RunsAfter { get; } = [];
    public List<Target> Triggered { get; } = [];
    public List<Func<bool>> StaticConditions { get; } = [];
    public List<LambdaExpression> Requirements { get; } = [];
    public bool ProceedsAfterFailure { get; private set; }
    public bool IsUnlisted { get; private set; }
    public List<Func<CancellationToken, Task>> Actions { get; } = [];

    public ITargetDefinition Description(string description) => Set(() => DescriptionText = description);
    public ITargetDefinition DependsOn(params Target[] targets) => Set(() => Dependencies.AddRange(targets));
    public ITargetDefinition Before(params Target[] targets) => Set(() => RunsBefore.AddRange(targets));
    public ITargetDefinition After(params Target[] targets) => Set(() => RunsAfter.AddRange(targets));
    public ITargetDefinition Triggers(params Target[] targets) => Set(() => Triggered.AddRange(targets));
    public ITargetDefinition OnlyWhenStatic(params Func<bool>[] conditions) => Set(() => StaticConditions.AddRange(conditions));
    public ITargetDefinition Requires(params Expression<Func<object?>>[] requirements) => Set(() => Requirements.AddRange(requirements));
    public ITargetDefinition Requires(params Expression<Func<bool>>[] conditions) => Set(() => Requirements.AddRange(conditions));
    public ITargetDefinition ProceedAfterFailure() => Set(() => ProceedsAfterFailure = true);
    public ITargetDefinition Unlisted() => Set(() => IsUnlisted = true);

    public ITargetDefinition Executes(Action action) => Executes(_ =>
    {
        action();
        return Task.CompletedTask;
    });

    public ITargetDefinition Executes(Func<Task> action) => Executes(_ => action());
    public ITargetDefinition Executes(Func<CancellationToken, Task> action) => Set(() => Actions.Add(action));

    private TargetDefinition Set(Action change)
    {
        change();
        return this;
    }
}

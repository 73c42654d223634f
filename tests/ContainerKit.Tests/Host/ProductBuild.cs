using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>A target that writes a product and a message, one that depends on it, and one that waits until cancelled.</summary>
internal sealed class ProductBuild : NukeBuild
{
    public TaskCompletionSource Waiting { get; } = new();

    public Target Emit => _ => _
        .Description("Writes its product")
        .Executes(() =>
        {
            Output.WriteLine("message from Emit");
            StandardOutput.WriteLine("the product");
        });

    public Target Wait => _ => _
        .DependsOn(Emit)
        .Executes(async ct =>
        {
            Waiting.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
}

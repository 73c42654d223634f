using ContainerKit.Docker.Engine;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>The per-user layer: ids and names as asked, a writable home, sudo per policy, no plaintext password anywhere.</summary>
[Collection(EngineCollection.Name)]
public sealed class UserLayerTests(EngineFixture engine)
{
    private static readonly UserBuildOptions Alice = new("alice", 1234, "lab", 4321);

    [Fact]
    public async Task Ids_and_names_are_the_ones_asked_for_and_home_is_writable()
    {
        var image = await UserImageAsync(new WheelEnvironment());

        var (exit, output, error) = await engine.RunAsync(image, ["bash", "-c", "id -u; id -g; id -un; id -gn; touch ~/probe && echo writable:$HOME"]);

        Assert.True(exit == 0, error);
        Assert.Equal(["1234", "4321", "alice", "lab", "writable:/home/alice"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Passwordless_sudo_works_without_a_password()
    {
        var image = await UserImageAsync(new WheelEnvironment());

        var (exit, output, error) = await engine.RunAsync(image, ["sudo", "-n", "id", "-u"]);

        Assert.True(exit == 0, error);
        Assert.Equal("0", output.Trim());
    }

    [Fact]
    public async Task No_sudo_policy_gives_no_root()
    {
        var image = await UserImageAsync(new NoSudoWheelEnvironment());

        var (exit, _, _) = await engine.RunAsync(image, ["bash", "-c", "sudo -n true 2>/dev/null || su -c true root </dev/null 2>/dev/null"]);

        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task Password_sudo_needs_the_password_and_the_password_is_in_no_layer()
    {
        var image = await UserImageAsync(new PasswordSudoWheelEnvironment());

        var (withoutPassword, _, _) = await engine.RunAsync(image, ["sudo", "-n", "true"]);
        var (withPassword, output, error) = await engine.RunAsync(image,
            ["bash", "-c", $"echo {PasswordSudoWheelEnvironment.Password} | sudo -S -p '' id -u"]);
        var history = await engine.Connection.Client.Images.GetImageHistoryAsync(image, CancellationToken.None);
        var inspect = await engine.Connection.Client.Images.InspectImageAsync(image, CancellationToken.None);

        Assert.NotEqual(0, withoutPassword);
        Assert.True(withPassword == 0, error);
        Assert.Equal("0", output.Trim());
        var everything = string.Join("\n", history.Select(h => h.CreatedBy))
                         + System.Text.Json.JsonSerializer.Serialize(inspect);
        Assert.DoesNotContain(PasswordSudoWheelEnvironment.Password, everything, StringComparison.Ordinal);
    }

    private async Task<string> UserImageAsync(WheelEnvironment definition)
    {
        var folder = await engine.BuildUserAsync(definition, Alice);
        return EngineFixture.Image(folder, ImageRoles.RunUser, Alice.UserName);
    }
}

using ContainerKit.Docker.Engine;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>The per-user layer: ids and names as asked, a writable home, sudo per policy, neither the password nor its hash outside /etc/shadow.</summary>
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
    public async Task Password_sudo_needs_the_password_and_neither_password_nor_hash_is_in_history_inspect_or_any_other_file()
    {
        var image = await UserImageAsync(new PasswordSudoWheelEnvironment());

        var (withoutPassword, _, _) = await engine.RunAsync(image, ["sudo", "-n", "true"]);
        var (withPassword, output, error) = await engine.RunAsync(image,
            ["bash", "-c", $"echo {PasswordSudoWheelEnvironment.Password} | sudo -S -p '' id -u"]);
        Assert.NotEqual(0, withoutPassword);
        Assert.True(withPassword == 0, error);
        Assert.Equal("0", output.Trim());

        // docker history --no-trunc and docker image inspect.
        var history = await engine.Connection.Client.Images.GetImageHistoryAsync(image, CancellationToken.None);
        var inspect = await engine.Connection.Client.Images.InspectImageAsync(image, CancellationToken.None);
        var metadata = string.Join("\n", history.Select(h => h.CreatedBy + "\n" + h.Comment))
                       + System.Text.Json.JsonSerializer.Serialize(inspect) + System.Text.Json.JsonSerializer.Serialize(history);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, metadata, StringComparison.Ordinal));

        // Every file of the image: only /etc/shadow holds the hash, and nothing holds the password.
        var holders = await FilesHoldingAsync(image);
        Assert.Equal(["etc/shadow"], holders[PasswordSudoWheelEnvironment.Hash]);
        Assert.Equal(["etc/shadow"], holders[HashDigest]);
        Assert.Empty(holders[PasswordSudoWheelEnvironment.Password]);
    }

    // The hash without its "$6$salt$" prefix: found wherever the hash is, even re-encoded or split at '$'.
    private static readonly string HashDigest = PasswordSudoWheelEnvironment.Hash[(PasswordSudoWheelEnvironment.Hash.LastIndexOf('$') + 1)..];

    private static readonly string[] Secrets = [PasswordSudoWheelEnvironment.Password, PasswordSudoWheelEnvironment.Hash, HashDigest];

    /// <summary>Exports a container of <paramref name="image"/> (as <c>docker export</c>) and lists the files holding each secret.</summary>
    private async Task<Dictionary<string, List<string>>> FilesHoldingAsync(string image)
    {
        var client = engine.Connection.Client;
        var created = await client.Containers.CreateContainerAsync(new global::Docker.DotNet.Models.CreateContainerParameters { Image = image, Cmd = ["true"] }, CancellationToken.None);
        var holders = Secrets.ToDictionary(s => s, _ => new List<string>(), StringComparer.Ordinal);
        try
        {
            // GET /containers/{id}/export is `docker export`; the raw client reads the chunked tar to its end.
            await using var tar = await engine.Connection.Http.GetStreamAsync($"containers/{created.ID}/export");
            using var reader = new System.Formats.Tar.TarReader(tar);
            while (await reader.GetNextEntryAsync() is { } entry)
            {
                if (entry.DataStream is null) continue;
                using var content = new MemoryStream();
                await entry.DataStream.CopyToAsync(content);
                var bytes = content.ToArray();
                foreach (var secret in Secrets)
                {
                    if (bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) >= 0) holders[secret].Add(entry.Name.TrimStart('.', '/'));
                }
            }
        }
        finally
        {
            await client.Containers.RemoveContainerAsync(created.ID, new global::Docker.DotNet.Models.ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
        return holders;
    }

    private async Task<string> UserImageAsync(WheelEnvironment definition)
    {
        var folder = await engine.BuildUserAsync(definition, Alice);
        return EngineFixture.Image(folder, ImageRoles.RunUser, Alice.UserName);
    }
}

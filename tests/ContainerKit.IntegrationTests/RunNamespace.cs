using System.Net.Http.Headers;
using System.Text.Json;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Provisioning;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests;

/// <summary>
/// The test run's own image namespace (<c>ck-it-&lt;random&gt;</c>): every image the suite builds, tags or pushes
/// lives under it, so the suite never touches a user's images and never finds an earlier run's. Cleanup removes
/// exactly what is under it: containers of its images, its tags, and its registry repositories.
/// </summary>
public sealed class RunNamespace
{
    private static readonly HttpClient Registry = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The namespace, a repository path prefix.</summary>
    public string Name { get; } = "ck-it-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>True when <paramref name="reference"/> (a local tag, or one named for any registry) belongs to this run.</summary>
    public bool Owns(string reference) =>
        reference.StartsWith(Name + "/", StringComparison.Ordinal) || reference.Contains($"/{Name}/", StringComparison.Ordinal);

    /// <summary>Removes this run's containers, tags and registry repositories; returns what could not be removed.</summary>
    public async Task<IReadOnlyList<string>> CleanAsync(DockerConnection connection)
    {
        var problems = new List<string>();
        var images = await connection.Client.Images.ListImagesAsync(new ImagesListParameters { All = false }).ConfigureAwait(false);
        // Digest references first (pushes leave them on shared images such as the test base), then the tags.
        var tags = images.SelectMany(i => (i.RepoDigests ?? []).Concat(i.RepoTags ?? [])).Where(Owns).ToList();
        var containers = await connection.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true }).ConfigureAwait(false);
        foreach (var container in containers.Where(c => Owns(c.Image)))
        {
            await TryAsync(problems, $"container {container.ID}", () =>
                connection.Client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true })).ConfigureAwait(false);
        }
        foreach (var tag in tags)
        {
            await TryAsync(problems, $"image {tag}", async () =>
                await connection.Client.Images.DeleteImageAsync(tag, new ImageDeleteParameters()).ConfigureAwait(false)).ConfigureAwait(false);
        }
        await TryAsync(problems, $"registry repositories under {Name}", DeleteRegistryRepositoriesAsync).ConfigureAwait(false);
        return problems;
    }

    /// <summary>Deletes every manifest of the run's repositories in the test registry (its storage allows deletes).</summary>
    private async Task DeleteRegistryRepositoriesAsync()
    {
        var address = $"http://{TestEngineProvisioner.RegistryAddress}/v2";
        foreach (var repository in await RepositoriesAsync(address).ConfigureAwait(false))
        {
            using var list = JsonDocument.Parse(await Registry.GetStringAsync($"{address}/{repository}/tags/list").ConfigureAwait(false));
            if (list.RootElement.GetProperty("tags") is not { ValueKind: JsonValueKind.Array } tagList) continue;
            foreach (var tag in tagList.EnumerateArray().Select(t => t.GetString()!))
            {
                using var head = new HttpRequestMessage(HttpMethod.Head, $"{address}/{repository}/manifests/{tag}");
                head.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.docker.distribution.manifest.v2+json"));
                head.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.oci.image.manifest.v1+json"));
                // Multi-platform indexes (PushGeneric --image-index): without these the registry answers with one platform's manifest.
                head.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.docker.distribution.manifest.list.v2+json"));
                head.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.oci.image.index.v1+json"));
                using var found = await Registry.SendAsync(head).ConfigureAwait(false);
                if (!found.Headers.TryGetValues("Docker-Content-Digest", out var digests)) continue;
                using var deleted = await Registry.DeleteAsync($"{address}/{repository}/manifests/{digests.First()}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>The run's repositories, read from the catalog page by page (the registry refuses pages over 1000).</summary>
    private async Task<IReadOnlyList<string>> RepositoriesAsync(string address)
    {
        var result = new List<string>();
        string? last = null;
        while (true)
        {
            var query = last is null ? "n=1000" : $"n=1000&last={Uri.EscapeDataString(last)}";
            using var page = JsonDocument.Parse(await Registry.GetStringAsync($"{address}/_catalog?{query}").ConfigureAwait(false));
            var names = page.RootElement.GetProperty("repositories").EnumerateArray().Select(r => r.GetString()!).ToList();
            result.AddRange(names.Where(r => r.StartsWith(Name + "/", StringComparison.Ordinal)));
            if (names.Count < 1000) return result;
            last = names[^1];
        }
    }

    private static async Task TryAsync(List<string> problems, string what, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DockerApiException or HttpRequestException or JsonException or KeyNotFoundException)
        {
            problems.Add($"{what}: {e.Message}");
        }
    }
}

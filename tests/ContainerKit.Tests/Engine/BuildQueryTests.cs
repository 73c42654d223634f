using System.Text.Json;
using ContainerKit.Docker.Building;

namespace ContainerKit.Tests.Engine;

/// <summary>The Engine API query of a build: the layer-cache options.</summary>
public sealed class BuildQueryTests
{
    [Fact]
    public void Inline_cache_and_cache_from_reach_the_query()
    {
        var request = new BuildRequest("/ctx", "scope")
        {
            BuildArgs = new Dictionary<string, string> { ["A"] = "1" },
            InlineCache = true,
            CacheFrom = ["127.0.0.1:5000/lab/p:amd64-cpu-run-latest-root"],
        };

        var query = Parameters(ImageBuilder.Query(request));

        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", [ImageBuilder.InlineCacheArgument] = "1" },
            JsonSerializer.Deserialize<Dictionary<string, string>>(query["buildargs"]));
        Assert.Equal(["127.0.0.1:5000/lab/p:amd64-cpu-run-latest-root"], JsonSerializer.Deserialize<string[]>(query["cachefrom"]));
    }

    [Fact]
    public void Without_cache_options_the_query_has_neither()
    {
        var query = Parameters(ImageBuilder.Query(new BuildRequest("/ctx", "scope")));

        Assert.False(query.ContainsKey("cachefrom"));
        Assert.False(query.ContainsKey("buildargs"));
    }

    private static Dictionary<string, string> Parameters(string query) =>
        query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
}

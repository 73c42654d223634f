using ContainerKit.Definitions;
using ContainerKit.Model;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Rendering;

/// <summary>
/// Renders <c>compose.yaml</c>: services building the four images, and <c>run-local-&lt;acceleration&gt;</c> /
/// <c>dev-local-&lt;acceleration&gt;</c> services running them with the project mounted at PROJECT_ROOT_AT.
/// Values that differ per user come from <c>.env</c> (see <see cref="EnvExample"/>).
/// </summary>
public static class ComposeFile
{
    /// <summary>File name of the compose file.</summary>
    public const string FileName = "compose.yaml";

    /// <summary>Where the project is, seen from the entry folder (artifacts/containers/&lt;env&gt;/&lt;entry&gt;).</summary>
    public const string DefaultProjectDirectory = "../../../..";

    /// <summary>The compose file of <paramref name="model"/>.</summary>
    public static string Render(EntryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var services = new YamlMappingNode
        {
            { "image-run-root", GenericBuild(model, "run", StageNames.Runtime) },
            { "image-dev-root", GenericBuild(model, "dev", StageNames.Development) },
            { "image-run-user", UserBuild(model, "run") },
            { "image-dev-user", UserBuild(model, "dev") },
            { $"run-local-{model.Entry.AccelerationName}", Runner(model, "run", interactive: false) },
            { $"dev-local-{model.Entry.AccelerationName}", Runner(model, "dev", interactive: true) },
        };
        var root = new YamlMappingNode { { "services", services } };
        var volumes = model.Mounts.Where(m => m.Source.IsVolume).Select(m => m.Source.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        // Named as they are, so compose uses the same volume as ./build.sh Run (not one prefixed with the compose project).
        if (volumes.Count > 0) root.Add("volumes", new YamlMappingNode(volumes.Select(v => new KeyValuePair<YamlNode, YamlNode>(v, new YamlMappingNode { { "name", v } }))));
        var secrets = UserDockerfile.Secrets(model);
        if (secrets.Count > 0)
        {
            // docker compose build passes them as BuildKit secrets (docker build --secret id=ID,src=FILE).
            var declared = new YamlMappingNode();
            foreach (var (id, file) in secrets.OrderBy(s => s.Key, StringComparer.Ordinal)) declared.Add(id, new YamlMappingNode { { "file", file } });
            root.Add("secrets", declared);
        }
        return Yaml.Write(root);
    }

    private static string Latest(string template) => ImageTagTemplate.Expand(template, "latest", "${USR}");

    private static YamlMappingNode GenericBuild(EntryModel model, string stage, string target) => new()
    {
        { "image", Latest(ImageNames.Generic(model, stage)) },
        { "platform", model.Entry.OciPlatform },
        {
            "build", new YamlMappingNode
            {
                { "context", "." },
                { "dockerfile", ImagePaths.GenericDockerfile },
                { "target", target },
                { "network", "host" },
            }
        },
    };

    private static YamlMappingNode UserBuild(EntryModel model, string stage)
    {
        var args = new YamlMappingNode { { UserDockerfile.BaseImageArgument, Latest(ImageNames.Generic(model, stage)) } };
        foreach (var argument in UserDockerfile.UserArguments) args.Add(argument, $"${{{argument}:?run ./build.sh Env to write .env}}");
        var build = new YamlMappingNode
        {
            { "context", "." },
            { "dockerfile", ImagePaths.UserDockerfile },
            { "network", "host" },
            { "args", args },
        };
        var secrets = UserDockerfile.Secrets(model);
        if (secrets.Count > 0) build.Add("secrets", new YamlSequenceNode(secrets.Keys.Order(StringComparer.Ordinal).Select(id => new YamlScalarNode(id))));
        return new YamlMappingNode
        {
            { "image", Latest(ImageNames.User(model, stage)) },
            { "platform", model.Entry.OciPlatform },
            { "build", build },
        };
    }

    private static YamlMappingNode Runner(EntryModel model, string stage, bool interactive)
    {
        var service = new YamlMappingNode
        {
            { "image", Latest(ImageNames.User(model, stage)) },
            { "platform", model.Entry.OciPlatform },
            { "volumes", new YamlSequenceNode([new YamlScalarNode($"{ProjectDirectory}:{model.Project.ProjectRootAt}"), .. model.Mounts.Select(Volume)]) },
            { "environment", Environment(model) },
            { "env_file", new YamlSequenceNode(new YamlMappingNode { { "path", ".env" }, { "required", "false" } }) },
            { "ipc", "host" },
            {
                "ulimits", new YamlMappingNode
                {
                    { "memlock", new YamlMappingNode { { "soft", "-1" }, { "hard", "-1" } } },
                    { "stack", new YamlMappingNode { { "soft", "67108864" }, { "hard", "67108864" } } },
                }
            },
        };
        if (interactive)
        {
            service.Add("network_mode", "host");
            service.Add("tty", "true");
            service.Add("stdin_open", "true");
        }
        AddDevices(service, model.Entry.Acceleration.Devices);
        return service;
    }

    private const string ProjectDirectory = $"${{LOCAL_PROJECT_DIR:-{DefaultProjectDirectory}}}";

    /// <summary>A mount as a short-syntax volume: a relative host path is under the project folder, <c>:ro</c> for datasets.</summary>
    private static YamlScalarNode Volume(Mount mount)
    {
        var source = mount.Source.IsVolume || mount.Source.Value.StartsWith('/') ? mount.Source.Value : $"{ProjectDirectory}/{mount.Source.Value}";
        return new YamlScalarNode($"{source}:{mount.Target}{(mount.ReadOnly ? ":ro" : "")}");
    }

    private static YamlMappingNode Environment(EntryModel model)
    {
        var environment = new YamlMappingNode { { "PROJECT_ROOT_AT", model.Project.ProjectRootAt } };
        foreach (var mount in model.Mounts.Where(m => m.Variable is not null)) environment.Add(mount.Variable!, mount.Target);
        return environment;
    }

    /// <summary>The acceleration's <see cref="DeviceOptions"/>: a GPU reservation, <c>devices</c> and <c>group_add</c>.</summary>
    private static void AddDevices(YamlMappingNode service, DeviceOptions devices)
    {
        if (devices.Devices.Count > 0) service.Add("devices", new YamlSequenceNode(devices.Devices.Select(d => new YamlScalarNode($"{d}:{d}"))));
        if (devices.GroupAdd.Count > 0) service.Add("group_add", new YamlSequenceNode(devices.GroupAdd.Select(g => new YamlScalarNode(g))));
        if (devices.AllGpus)
        {
            var gpu = new YamlMappingNode { { "driver", "nvidia" }, { "count", "all" }, { "capabilities", new YamlSequenceNode("gpu") } };
            service.Add("deploy", new YamlMappingNode { { "resources", new YamlMappingNode { { "reservations", new YamlMappingNode { { "devices", new YamlSequenceNode(gpu) } } } } } });
        }
    }
}

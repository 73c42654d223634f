using System.Diagnostics;

namespace ContainerKit.Docker.Registry;

/// <summary>Runs <c>docker-credential-&lt;helper&gt; get</c> with the registry on stdin.</summary>
internal static class CredentialHelper
{
    public static string? Get(string helper, string registry)
    {
        var start = new ProcessStartInfo("docker-credential-" + helper, "get")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Write(registry);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0) return output;
            if (output.Contains("credentials not found", StringComparison.OrdinalIgnoreCase)) return null;
            throw EngineDiagnostics.Exception(EngineDiagnostics.CredentialsFailedId, "~/.docker/config.json",
                $"credential helper docker-credential-{helper} failed for {registry}: {error.Trim()}{output.Trim()}", helper,
                "log in with `docker login`, fix the helper, or pass --registry-username/--registry-password");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.CredentialsFailedId, "~/.docker/config.json",
                $"credential helper docker-credential-{helper} is configured but not installed", helper,
                "install the helper or remove it from ~/.docker/config.json, or pass --registry-username/--registry-password");
        }
    }
}

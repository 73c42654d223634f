using ContainerKit.Docker.Provisioning;

namespace ContainerKit.Tests.Core;

/// <summary>
/// A fact that needs Debian's <c>shellcheck</c>: skipped with the reason when it is missing, except under
/// <c>CI=true</c>, where the test runs and fails.
/// </summary>
public sealed class ShellcheckFactAttribute : FactAttribute
{
    public ShellcheckFactAttribute()
    {
        if (!CiMode.IsCi && !HostProbe.ProgramExists("shellcheck"))
        {
            Skip = "shellcheck is not installed: `./build.sh UnitTest` installs it (root on Debian), or `apt-get install shellcheck`. Under CI=true this test fails instead.";
        }
    }
}

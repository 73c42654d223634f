using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.IntegrationTests;

/// <summary>
/// The integration tests' environment: the debootstrapped base, real apt packages (jq at runtime, sshd in dev),
/// and a pip install of a wheel built in a custom stage, installed with --no-index --find-links (no PyPI here).
/// Variants differ in their sudo policy and name.
/// </summary>
public class WheelEnvironment : FromPythonEnvironment
{
    /// <summary>Project name (also the mounted package name, it_wheel).</summary>
    public const string ProjectName = "it-wheel";

    /// <inheritdoc />
    public override string Name => "it-wheel";

    /// <inheritdoc />
    public override Project Project => new(ProjectName, imageName: "containerkit-it/" + Name);

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

    /// <inheritdoc />
    public override AptPackages BaseApt => ["python3", "python3-venv", "python3-pip", "python3-setuptools", "python3-wheel"];

    /// <inheritdoc />
    public override AptPackages RuntimeApt => ["jq"];

    /// <inheritdoc />
    public override AptPackages DevApt => ["openssh-server"];

    /// <summary>The shell command of the <c>wheels</c> stage: builds the tinywheel 0.1 wheel into /wheels.</summary>
    public const string BuildWheel = "mkdir -p /src/tinywheel && printf 'VALUE = 42\\n' > /src/tinywheel/__init__.py "
        + "&& printf '[project]\\nname = \"tinywheel\"\\nversion = \"0.1\"\\n[build-system]\\nrequires = [\"setuptools\"]\\nbuild-backend = \"setuptools.build_meta\"\\n' > /src/pyproject.toml "
        + "&& python3 -m pip wheel --no-deps --no-build-isolation --wheel-dir /wheels /src";

    /// <summary>The shell command that installs that wheel into the environment, without an index.</summary>
    public const string InstallWheel = "/opt/venv/bin/python -m pip install --no-cache-dir --no-index --find-links /opt/wheels tinywheel==0.1";

    /// <inheritdoc />
    public override IReadOnlyList<CustomStage> CustomStages(MatrixEntry entry) => [new CustomStage("wheels", "base", Instruction.Run(BuildWheel))];

    /// <inheritdoc />
    public override IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) =>
    [
        Instruction.Copy("/wheels", "/opt/wheels", fromStage: "wheels"),
        Instruction.Run(InstallWheel),
    ];
}

/// <summary>The same environment with sudo denied.</summary>
public sealed class NoSudoWheelEnvironment : WheelEnvironment
{
    /// <inheritdoc />
    public override string Name => "it-wheel-nosudo";

    /// <inheritdoc />
    public override UserLayer User => new() { Sudo = SudoPolicy.None };
}

/// <summary>The same environment with sudo behind a password given as a hash.</summary>
public sealed class PasswordSudoWheelEnvironment : WheelEnvironment
{
    /// <summary>The plaintext behind <see cref="Hash"/>; it must never appear in an image.</summary>
    public const string Password = "ck-sudo-secret";

    /// <summary>SHA-512 crypt of <see cref="Password"/>.</summary>
    public const string Hash = "$6$cksalt01$Pb/u6n5N28mAc278ZIAaRHo9KJMHf.WBnVYezt.ovzVKvwDwvvYRANYHGGQJzKj43Jc9CUqrRSrK6teq0U6vK/";

    /// <inheritdoc />
    public override string Name => "it-wheel-password";

    /// <inheritdoc />
    public override UserLayer User => new() { Sudo = SudoPolicy.WithPasswordHash(Hash) };
}

/// <summary>An environment whose runtime stage fails on purpose.</summary>
public sealed class FailingEnvironment : FromPythonEnvironment
{
    /// <summary>Printed by the failing step, so the test can find its log.</summary>
    public const string Marker = "ck-failing-step-marker";

    /// <inheritdoc />
    public override string Name => "it-failing";

    /// <inheritdoc />
    public override Project Project => new("it-failing", imageName: "containerkit-it/failing");

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

    /// <inheritdoc />
    public override AptPackages BaseApt => ["python3", "python3-venv"];

    /// <inheritdoc />
    public override IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) =>
        [Instruction.Run($"echo {Marker} && exit 3")];
}

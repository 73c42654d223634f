using ContainerKit.Model;
using ContainerKit.Scripting.Freezing;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Freezing;

public sealed class FreezePlannerTests
{
    private static readonly MatrixEntry Amd64Cpu = new(Platform.Amd64, Acceleration.Cpu);
    private static readonly MatrixEntry Arm64Cpu = new(Platform.Arm64, Acceleration.Cpu);

    private static InstalledPackages Debian(string gitVersion) => new()
    {
        Apt = new Dictionary<string, string> { ["jq"] = "1.6-2.1", ["git"] = gitVersion },
        Pip = new Dictionary<string, string> { ["six"] = "1.16.0", ["typing_extensions"] = "4.12.2", ["idna"] = "3.7" },
        PipBefore = new Dictionary<string, string> { ["six"] = "1.16.0" },
    };

    [Fact]
    public void Inline_lists_get_the_versions_every_frozen_entry_agrees_on()
    {
        var plan = FreezePlanner.Plan(new FreezeInlineSample(), [(Amd64Cpu, Debian("1:2.39.5")), (Arm64Cpu, Debian("1:2.39.6"))], _ => null);

        var runtime = Assert.Single(plan.Pins, p => p.MemberName == "RuntimeApt");
        Assert.Equal(PinStyle.Apt, runtime.Style);
        Assert.Equal(new Dictionary<string, string> { ["jq"] = "1.6-2.1" }, runtime.Versions);
        Assert.Equal(new Dictionary<string, string> { ["six"] = "1.16.0", ["typing_extensions"] = "4.12.2" }, Assert.Single(plan.Pins, p => p.MemberName == "Pip").Versions);
        Assert.Contains(plan.Warnings, w => w.StartsWith("apt package git differs between entries (amd64-cpu: 1:2.39.5, arm64-cpu: 1:2.39.6)", StringComparison.Ordinal));
        Assert.Equal(["FreezeInlineSample"], plan.ClassNames);
        Assert.Empty(plan.Files);
    }

    [Fact]
    public void Warns_about_entries_not_frozen_and_build_packages_not_in_the_image()
    {
        var plan = FreezePlanner.Plan(new FreezeInlineSample(), [(Amd64Cpu, Debian("1"))], _ => null);

        Assert.Contains(plan.Warnings, w => w.Contains("entries that were not frozen (amd64-cuda, arm64-cpu, arm64-cuda)", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Contains("BuildApt build-essential not installed in the image (build-stage packages stay in the deps stage)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_requirements_file_is_frozen_and_the_classes_include_the_base_class()
    {
        var plan = FreezePlanner.Plan(new FreezeFileSample(), [(Amd64Cpu, Debian("1"))], path => path == "deps/requirements.txt" ? "six\n" : null);

        Assert.Equal($"six==1.16.0\n{RequirementsLock.SectionMarker}\nidna==3.7\ntyping_extensions==4.12.2\n", plan.Files["deps/requirements.txt"]);
        Assert.DoesNotContain(plan.Pins, p => p.MemberName == "Pip");
        Assert.Equal(["FreezeFileSample", "FreezeInlineSample"], plan.ClassNames.Order());
    }

    [Fact]
    public void Conda_lists_pin_specs_and_the_pip_section_with_their_own_spelling()
    {
        var export = CondaExport.Parse("channels: [conda-forge]\ndependencies: [python=3.11.9, numpy=1.26.4, {pip: [rich==13.7.1, sample-project==0.1]}]\n");

        var plan = FreezePlanner.Plan(new FreezeCondaSample(), [(Amd64Cpu, new InstalledPackages { Conda = export })], _ => null);

        var specs = Assert.Single(plan.Pins, p => p is { MemberName: "Conda", InitializerMember: "Dependencies" });
        Assert.Equal(PinStyle.Conda, specs.Style);
        Assert.Equal(new Dictionary<string, string> { ["numpy"] = "1.26.4", ["python"] = "3.11.9" }, specs.Versions);
        var pip = Assert.Single(plan.Pins, p => p is { MemberName: "Conda", InitializerMember: "Pip" });
        Assert.Equal(new Dictionary<string, string> { ["rich"] = "13.7.1" }, pip.Versions);
    }

    [Fact]
    public void A_conda_environment_file_becomes_the_export_without_the_project()
    {
        var export = CondaExport.Parse("name: project\nchannels: [conda-forge]\ndependencies: [python=3.11.9, {pip: [rich==13.7.1, sample_project==0.1]}]\nprefix: /opt/conda/envs/project\n");

        var plan = FreezePlanner.Plan(new FreezeCondaFileSample(), [(Amd64Cpu, new InstalledPackages { Conda = export })], _ => null);

        Assert.Equal("channels:\n- conda-forge\ndependencies:\n- python=3.11.9\n- pip:\n  - rich==13.7.1\n", plan.Files["deps/environment.yml"]);
    }
}

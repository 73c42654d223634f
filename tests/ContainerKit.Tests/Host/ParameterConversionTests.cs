namespace ContainerKit.Tests.Host;

public sealed class ParameterConversionTests
{
    [Fact]
    public async Task A_bool_given_as_a_bare_flag_is_true()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--force"]);

        Assert.True(build.Force);
    }

    [Fact]
    public async Task A_bool_flag_before_a_target_leaves_the_target_requested()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["--force", "Show"]);

        Assert.True(build.Force);
        Assert.Equal(["Show"], build.Executed);
    }

    [Fact]
    public async Task A_bool_takes_an_explicit_false()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--force", "false"], ParameterSourceTests.Env("FORCE", "true"));

        Assert.False(build.Force);
    }

    [Fact]
    public async Task Ints_and_nullable_ints_convert()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--copies", "3", "--parallelism", "-1"]);

        Assert.Equal((3, (int?)-1), (build.Copies, build.Parallelism));
    }

    [Fact]
    public async Task Enums_convert_ignoring_case()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--flavor", "CHOColate"]);

        Assert.Equal(Flavor.Chocolate, build.Flavor);
    }

    [Fact]
    public async Task An_array_takes_several_values_after_one_option()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--labels", "a", "b"]);

        Assert.Equal(["a", "b"], build.Labels);
    }

    [Fact]
    public async Task An_array_accumulates_a_repeated_option()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--labels", "a", "--copies", "2", "--labels", "b"]);

        Assert.Equal(["a", "b"], build.Labels);
    }

    [Fact]
    public async Task An_array_from_the_environment_is_split_on_spaces()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"], ParameterSourceTests.Env("CONTAINERKIT_LABELS", "a  b c"));

        Assert.Equal(["a", "b", "c"], build.Labels);
    }

    [Fact]
    public async Task An_array_from_the_parameters_file_takes_a_json_array()
    {
        using var root = ParameterSourceTests.RootWithParameters("""{ "labels": ["a", "b"] }""");
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"], root: root.Path);

        Assert.Equal(["a", "b"], build.Labels);
    }

    [Fact]
    public async Task A_bad_int_on_the_command_line_names_the_parameter_the_source_and_the_accepted_values()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--copies", "many"]);

        run.AssertUsageError("Parameter --copies from the command line: 'many' is not valid. Accepted values: a whole number.");
    }

    [Fact]
    public async Task A_bad_bool_in_the_environment_names_the_variable()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show"], ParameterSourceTests.Env("CONTAINERKIT_FORCE", "yes"));

        run.AssertUsageError("Parameter --force from environment variable CONTAINERKIT_FORCE: 'yes' is not valid. Accepted values: true, false.");
    }

    [Fact]
    public async Task A_bad_value_in_the_prefixed_environment_variable_names_that_variable()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show"], ParameterSourceTests.Env("CONTAINERKIT_COPIES", "2.5"));

        run.AssertUsageError("Parameter --copies from environment variable CONTAINERKIT_COPIES: '2.5' is not valid.");
    }

    [Fact]
    public async Task A_bad_enum_in_the_parameters_file_lists_the_accepted_values()
    {
        using var root = ParameterSourceTests.RootWithParameters("""{ "flavor": "mint" }""");

        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show"], root: root.Path);

        run.AssertUsageError("Parameter --flavor from .nuke/parameters.json: 'mint' is not valid. Accepted values: vanilla, chocolate, strawberry.");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("vanilla,chocolate")]
    public async Task An_enum_accepts_only_a_single_member_name(string value)
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--flavor", value]);

        run.AssertUsageError($"Parameter --flavor from the command line: '{value}' is not valid.");
    }

    [Fact]
    public async Task A_bad_element_of_an_array_is_an_error()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show"], ParameterSourceTests.Env("CONTAINERKIT_PORTS", "80 http"));

        run.AssertUsageError("Parameter --ports from environment variable CONTAINERKIT_PORTS: 'http' is not valid. Accepted values: a whole number.");
    }

    [Fact]
    public async Task A_missing_value_is_an_error()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--labels", "a", "--parallelism"]);

        run.AssertUsageError("Parameter --parallelism from the command line: a value is missing.");
    }

    [Fact]
    public async Task Several_values_for_a_single_value_parameter_are_an_error()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--copies", "1", "2"]);

        run.AssertUsageError("Parameter --copies from the command line: takes one value but got 2 (1 2).");
    }

    [Fact]
    public async Task A_conversion_error_never_prints_a_secret_value()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--password", "hunter2", "swordfish"]);

        run.AssertUsageError("Parameter --password from the command line: takes one value but got 2");
        Assert.DoesNotContain("hunter2", run.Output);
        Assert.DoesNotContain("swordfish", run.Output);
    }

    [Fact]
    public async Task An_unknown_parameter_exits_2_and_suggests_the_closest_name()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--releese-name", "v1"]);

        run.AssertUsageError("Unknown parameter '--releese-name'. Did you mean '--release-name'?");
    }

    [Fact]
    public async Task A_misspelt_host_option_is_suggested_too()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "--contniue"]);

        run.AssertUsageError("Unknown parameter '--contniue'. Did you mean '--continue'?");
    }

    [Fact]
    public async Task An_unknown_key_in_the_parameters_file_exits_2_and_suggests_the_closest_name()
    {
        using var root = ParameterSourceTests.RootWithParameters("""{ "copys": 2 }""");

        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show"], root: root.Path);

        run.AssertUsageError("Unknown parameter 'copys' in .nuke/parameters.json. Did you mean 'copies'?");
    }

    [Fact]
    public async Task An_invalid_parameters_file_is_a_usage_error()
    {
        using var root = ParameterSourceTests.RootWithParameters("{ not json");

        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show"], root: root.Path);

        run.AssertUsageError(".nuke/parameters.json is not valid JSON");
    }
}

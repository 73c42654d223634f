using ContainerKit.Entrypoints;
using ContainerKit.Targets;
using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>Run's --command split into words as a POSIX shell would, and the inverse of the one quoter.</summary>
public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("python -c 'print(1)'", new[] { "python", "-c", "print(1)" })]
    [InlineData("  a   b\tc  ", new[] { "a", "b", "c" })]
    [InlineData("sh -c \"echo \\\"hi\\\" \\$HOME\"", new[] { "sh", "-c", "echo \"hi\" $HOME" })]
    [InlineData("a\\ b 'c'\"d\"e", new[] { "a b", "cde" })]
    [InlineData("''", new[] { "" })]
    [InlineData("", new string[0])]
    public void Words_follow_the_shells_quotes_and_backslashes(string text, string[] words)
    {
        Assert.Equal(words, ShellWords.Split(text));
    }

    [Theory]
    [InlineData("it's")]
    [InlineData("a b\nc")]
    [InlineData("$(id) `id` ; | & > *")]
    [InlineData("\"double\" and \\ backslash")]
    [InlineData("")]
    public void A_word_quoted_by_the_one_quoter_splits_back_to_itself(string word)
    {
        Assert.Equal(["run", word, "--"], ShellWords.Split(string.Join(' ', new[] { "run", word, "--" }.Select(ShellQuoting.Quote))));
    }

    [Theory]
    [InlineData("echo 'open", "'")]
    [InlineData("echo \"open", "\"")]
    public void An_unterminated_quote_is_a_usage_error(string text, string quote)
    {
        var error = Assert.Throws<TargetExitException>(() => ShellWords.Split(text));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains($"unterminated {quote} quote", error.Message, StringComparison.Ordinal);
    }
}

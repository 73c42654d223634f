using ContainerKit.Lint;

namespace ContainerKit.Tests.Lint;

public sealed class SecretNamesTests
{
    [Theory]
    [InlineData("PASSWORD")]
    [InlineData("USER_PASSWD")]
    [InlineData("HF_TOKEN")]
    [InlineData("WANDB_API_KEY")]
    [InlineData("wandbApiKey")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("GITHUB_PAT")]
    [InlineData("SSH_PRIVATE_KEY")]
    [InlineData("DB_CREDENTIALS")]
    public void Secret_names_are_recognised(string name) => Assert.True(SecretNames.IsSecretLooking(name));

    [Theory]
    [InlineData("WANDB_API_KEY_FILE_AT")]
    [InlineData("HF_TOKEN_AT")]
    [InlineData("DB_PASSWORD_FILE")]
    [InlineData("PASSWORD_HASH")]
    [InlineData("TOKENIZERS_PARALLELISM")]
    [InlineData("MAX_NEW_TOKENS")]
    [InlineData("MAX_TOKEN_LENGTH")]
    [InlineData("PASSWORD_STORE_DIR")]
    [InlineData("HF_HUB_DISABLE_IMPLICIT_TOKEN")]
    [InlineData("PATH")]
    [InlineData("BYPASS_CACHE")]
    [InlineData("KEYBOARD_LAYOUT")]
    public void Ordinary_names_are_not_secrets(string name) => Assert.False(SecretNames.IsSecretLooking(name));
}

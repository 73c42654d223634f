namespace ContainerKit.Definitions;

/// <summary>
/// Whether the user of the user layer may use sudo. A password is only ever given as a crypt(3) hash
/// (<c>$6$…</c>), passed to the user layer as the BuildKit secret <c>sudo-password-hash</c> (never a build argument); a plaintext password has no way in.
/// </summary>
public sealed record SudoPolicy
{
    private SudoPolicy(string kind, string? passwordHash)
    {
        Kind = kind;
        PasswordHash = passwordHash;
    }

    /// <summary>No sudo.</summary>
    public static SudoPolicy None { get; } = new("none", null);

    /// <summary>sudo without a password.</summary>
    public static SudoPolicy Passwordless { get; } = new("passwordless", null);

    /// <summary>sudo with the password whose crypt(3) hash is <paramref name="hash"/> (checked by CK1016).</summary>
    public static SudoPolicy WithPasswordHash(string hash) => new("password-hash", hash ?? "");

    /// <summary><c>none</c>, <c>passwordless</c> or <c>password-hash</c>.</summary>
    public string Kind { get; }

    /// <summary>The crypt(3) hash for <c>password-hash</c>, else null.</summary>
    public string? PasswordHash { get; }

    /// <summary>True when the user gets sudo rights.</summary>
    public bool GrantsSudo => Kind != "none";

    /// <inheritdoc />
    public override string ToString() => Kind;
}

using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>Login profiles, the account password policy and ChangePassword, driven by the real aws CLI.</summary>
public sealed class PasswordsTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string Violation = "Password does not conform to the account password policy.";

    private RampartProcess Server => fixture.Server;

    private AwsCli Root => new(Server);

    [Fact]
    public async Task Login_profiles_follow_the_password_policy_and_users_change_their_own_password()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "pat");
        Assert.Equal($"An error occurred (PasswordPolicyViolation) when calling the CreateLoginProfile operation: {Violation}",
            await Root.FailsAsync("iam", "create-login-profile", "--user-name", "pat", "--password", "alllowercase"));

        var created = (await Root.OkAsync("iam", "create-login-profile", "--user-name", "pat", "--password", "First-Pass-2024",
            "--password-reset-required")).GetProperty("LoginProfile");
        Assert.True(created.GetProperty("PasswordResetRequired").GetBoolean());
        Assert.Equal("An error occurred (EntityAlreadyExists) when calling the CreateLoginProfile operation: Login Profile for user pat already exists.",
            await Root.FailsAsync("iam", "create-login-profile", "--user-name", "pat", "--password", "Other-Pass-2024"));

        Assert.Equal($"An error occurred (NoSuchEntity) when calling the GetAccountPasswordPolicy operation: The Password Policy with domain name {Server.AccountId} cannot be found.",
            await Root.FailsAsync("iam", "get-account-password-policy"));
        await Root.OkAsync("iam", "update-account-password-policy", "--minimum-password-length", "12", "--require-symbols",
            "--require-numbers", "--password-reuse-prevention", "2", "--max-password-age", "90", "--allow-users-to-change-password");
        var policy = (await Root.OkAsync("iam", "get-account-password-policy")).GetProperty("PasswordPolicy");
        Assert.Equal(12, policy.GetProperty("MinimumPasswordLength").GetInt32());
        Assert.True(policy.GetProperty("ExpirePasswords").GetBoolean());
        Assert.Equal(90, policy.GetProperty("MaxPasswordAge").GetInt32());
        Assert.Equal(2, policy.GetProperty("PasswordReusePrevention").GetInt32());
        Assert.False(policy.GetProperty("RequireUppercaseCharacters").GetBoolean());

        var key = (await Root.OkAsync("iam", "create-access-key", "--user-name", "pat")).GetProperty("AccessKey");
        var pat = new AwsCli(Server).As(key);
        await Root.OkAsync("iam", "put-user-policy", "--user-name", "pat", "--policy-name", "own-password", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"arn:aws:iam::{{Server.AccountId}}:user/pat"}]}""");

        Assert.Contains("(AccessDenied)", await pat.FailsAsync("iam", "change-password", "--old-password", "wrong-Pass-2024", "--new-password", "Second-Pass-2024"));
        Assert.Equal($"An error occurred (PasswordPolicyViolation) when calling the ChangePassword operation: {Violation}",
            await pat.FailsAsync("iam", "change-password", "--old-password", "First-Pass-2024", "--new-password", "NoSymbols2024x"));
        Assert.Equal($"An error occurred (PasswordPolicyViolation) when calling the ChangePassword operation: {Violation}",
            await pat.FailsAsync("iam", "change-password", "--old-password", "First-Pass-2024", "--new-password", "First-Pass-2024"));
        await pat.OkAsync("iam", "change-password", "--old-password", "First-Pass-2024", "--new-password", "Second-Pass-2024");
        var profile = (await Root.OkAsync("iam", "get-login-profile", "--user-name", "pat")).GetProperty("LoginProfile");
        Assert.False(profile.GetProperty("PasswordResetRequired").GetBoolean());
        Assert.Contains("(AccessDenied)", await pat.FailsAsync("iam", "change-password", "--old-password", "First-Pass-2024", "--new-password", "Third-Pass-2024"));

        Assert.Equal("An error occurred (PasswordPolicyViolation) when calling the UpdateLoginProfile operation: " + Violation,
            await Root.FailsAsync("iam", "update-login-profile", "--user-name", "pat", "--password", "First-Pass-2024"));
        await Root.OkAsync("iam", "update-login-profile", "--user-name", "pat", "--password", "Fourth-Pass-2024", "--password-reset-required");
        Assert.True((await Root.OkAsync("iam", "get-login-profile", "--user-name", "pat")).GetProperty("LoginProfile").GetProperty("PasswordResetRequired").GetBoolean());

        await Root.OkAsync("iam", "delete-access-key", "--user-name", "pat", "--access-key-id", key.GetProperty("AccessKeyId").GetString()!);
        await Root.OkAsync("iam", "delete-user-policy", "--user-name", "pat", "--policy-name", "own-password");
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete login profile first.",
            await Root.FailsAsync("iam", "delete-user", "--user-name", "pat"));
        await Root.OkAsync("iam", "delete-login-profile", "--user-name", "pat");
        Assert.Equal("An error occurred (NoSuchEntity) when calling the GetLoginProfile operation: Login Profile for User pat cannot be found.",
            await Root.FailsAsync("iam", "get-login-profile", "--user-name", "pat"));
        await Root.OkAsync("iam", "delete-user", "--user-name", "pat");

        await Root.OkAsync("iam", "delete-account-password-policy");
        Assert.Contains("(NoSuchEntity)", await Root.FailsAsync("iam", "delete-account-password-policy"));
    }
}

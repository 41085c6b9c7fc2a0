using System.Text;
using Rampart.Iam.Mfa;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Sts;

/// <summary>A role whose trust policy requires MFA, assumed with a code computed here from the virtual device's seed.</summary>
public sealed class MfaEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Root => new(fixture.Server);

    [Fact]
    public async Task A_role_requiring_mfa_is_assumed_with_a_fresh_code_once()
    {
        var userArn = (await Root.OkAsync("iam", "create-user", "--user-name", "mfa-user")).GetProperty("User").GetProperty("Arn").GetString()!;
        var key = (await Root.OkAsync("iam", "create-access-key", "--user-name", "mfa-user")).GetProperty("AccessKey");
        var user = Root.As(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!);
        var roleArn = (await Root.OkAsync("iam", "create-role", "--role-name", "MfaOnly", "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"USER"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""".Replace("USER", userArn, StringComparison.Ordinal)))
            .GetProperty("Role").GetProperty("Arn").GetString()!;

        using var directory = new TempDirectory("mfa");
        var seedFile = directory.File("seed.txt");
        var serial = (await Root.OkAsync("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "mfa-user-phone",
            "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed")).GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
        var seed = Base32Decode(File.ReadAllText(seedFile, Encoding.ASCII).Trim());
        var now = Totp.StepAt(DateTimeOffset.UtcNow);

        Assert.Contains("(InvalidAuthenticationCode)", await Root.FailsAsync("iam", "enable-mfa-device", "--user-name", "mfa-user", "--serial-number", serial,
            "--authentication-code1", Totp.Code(seed, now), "--authentication-code2", Totp.Code(seed, now - 1)));
        await Root.OkAsync("iam", "enable-mfa-device", "--user-name", "mfa-user", "--serial-number", serial,
            "--authentication-code1", Totp.Code(seed, now - 1), "--authentication-code2", Totp.Code(seed, now));
        Assert.Equal(serial, (await Root.OkAsync("iam", "list-mfa-devices", "--user-name", "mfa-user")).GetProperty("MFADevices")[0].GetProperty("SerialNumber").GetString());

        Assert.Contains("(AccessDenied)", await user.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "no-mfa"));
        var code = Totp.Code(seed, now + 1);
        var assumed = await user.OkAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "with-mfa", "--serial-number", serial, "--token-code", code);
        Assert.EndsWith(":assumed-role/MfaOnly/with-mfa", assumed.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        var replay = await user.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "replay", "--serial-number", serial, "--token-code", code);
        Assert.Contains("MultiFactorAuthentication failed, unable to validate MFA code.", replay);

        var assigned = await Root.OkAsync("iam", "list-virtual-mfa-devices", "--assignment-status", "Assigned");
        Assert.Contains(serial, assigned.GetProperty("VirtualMFADevices").EnumerateArray().Select(d => d.GetProperty("SerialNumber").GetString()));
        Assert.Contains("(DeleteConflict)", await Root.FailsAsync("iam", "delete-virtual-mfa-device", "--serial-number", serial));
        await Root.OkAsync("iam", "deactivate-mfa-device", "--user-name", "mfa-user", "--serial-number", serial);
        await Root.OkAsync("iam", "delete-virtual-mfa-device", "--serial-number", serial);
    }

    [Fact]
    public async Task A_device_resyncs_with_two_later_codes_within_the_window_and_never_with_codes_already_accepted()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "drifting-user");
        using var directory = new TempDirectory("mfa-resync");
        var seedFile = directory.File("seed.txt");
        var serial = (await Root.OkAsync("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "drifting-phone",
            "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed")).GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
        var seed = Base32Decode(File.ReadAllText(seedFile, Encoding.ASCII).Trim());
        var now = Totp.StepAt(DateTimeOffset.UtcNow);
        string[] Codes(string operation, long step) =>
            ["iam", operation, "--user-name", "drifting-user", "--serial-number", serial,
             "--authentication-code1", Totp.Code(seed, step), "--authentication-code2", Totp.Code(seed, step + 1)];

        await Root.OkAsync(Codes("enable-mfa-device", now - 3));

        Assert.Contains("(InvalidAuthenticationCode)", await Root.FailsAsync(Codes("resync-mfa-device", now - 3)));
        Assert.Contains("(InvalidAuthenticationCode)", await Root.FailsAsync(Codes("resync-mfa-device", now + 12)));
        await Root.OkAsync(Codes("resync-mfa-device", now + 4));
        Assert.Contains("(InvalidAuthenticationCode)", await Root.FailsAsync(Codes("resync-mfa-device", now + 4)));
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}

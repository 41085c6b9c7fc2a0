namespace Rampart.Iam.Mfa.QrCode;

/// <summary>The URI a virtual MFA device's QR code holds, in the form IAM's API reference gives:
/// otpauth://totp/DEVICENAME@ACCOUNT?secret=BASE32SEED (the Key Uri Format that authenticator apps read).</summary>
public static class OtpAuthUri
{
    public static string For(string deviceName, string accountName, string base32Seed) =>
        $"otpauth://totp/{Uri.EscapeDataString(deviceName)}@{Uri.EscapeDataString(accountName)}?secret={base32Seed}";
}

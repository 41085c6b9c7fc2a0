namespace Rampart.Sts;

/// <summary>MFA on STS calls. No MFA devices can be registered yet, so no serial number names a device of the
/// caller's and every code is refused with AWS's MFA failure; without SerialNumber and TokenCode the session simply
/// has no MFA. Returns when MFA was verified.</summary>
public static class MfaCheck
{
    public static DateTimeOffset? Verify(string? serialNumber, string? tokenCode)
    {
        if (serialNumber is null && tokenCode is null)
        {
            return null;
        }
        if (serialNumber is null || tokenCode is null)
        {
            throw StsErrors.Validation("Both SerialNumber and TokenCode must be provided for MFA.");
        }
        throw StsErrors.MfaFailed();
    }
}

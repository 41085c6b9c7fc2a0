using Rampart.Iam.Mfa;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

/// <summary>MFA on STS calls: SerialNumber must name a virtual MFA device enabled for the calling IAM user and
/// TokenCode must be a current code from it not used before. Without either the session simply has no MFA.</summary>
public sealed class MfaCheck(IStore store, SecretProtector secrets)
{
    /// <summary>When MFA was verified, or null when the request carries none.</summary>
    public async ValueTask<DateTimeOffset?> VerifyAsync(CallContext call, string? serialNumber, string? tokenCode, CancellationToken cancellationToken)
    {
        if (serialNumber is null && tokenCode is null)
        {
            return null;
        }
        if (serialNumber is null || tokenCode is null || call.Caller.Type != PrincipalType.User
            || !await new MfaDevices(store, secrets).TryAcceptAsync(call.AccountId, call.Caller.UserId, serialNumber, tokenCode, call.Time, cancellationToken))
        {
            throw StsErrors.MfaFailed();
        }
        return call.Time;
    }
}

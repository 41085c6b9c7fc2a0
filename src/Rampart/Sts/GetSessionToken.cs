using Rampart.Iam.Common;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record GetSessionTokenRequest(int? DurationSeconds, string? SerialNumber, string? TokenCode);

public sealed record GetSessionTokenResponse(IssuedCredentials Credentials);

/// <summary>Temporary credentials that act as the calling user or root itself, with its own policies. Only long-term
/// credentials may ask; root's sessions last at most an hour.</summary>
public sealed class GetSessionToken(IStore store, SecretProtector secrets) : Operation<GetSessionTokenRequest, GetSessionTokenResponse>
{
    public override string Service => "sts";

    public override string Name => "GetSessionToken";

    /// <summary>IAM: "No permissions are required for a user to get a session token."</summary>
    protected override OperationDeclaration<GetSessionTokenRequest> Declaration { get; } = new()
    {
        Action = "sts:GetSessionToken",
        ReadOnly = true,
        RecordsResponse = true,
        AuthorizationRequired = false,
    };

    protected override async Task<GetSessionTokenResponse> HandleAsync(GetSessionTokenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var caller = call.Caller;
        if (caller.Session is not null)
        {
            throw StsErrors.AccessDenied("Cannot call GetSessionToken with session credentials");
        }
        var mfaAt = await new MfaCheck(store, secrets).VerifyAsync(call, request.SerialNumber, request.TokenCode, cancellationToken);
        var duration = request.DurationSeconds ?? StsDurations.TokenDefault;
        if (caller.Type == PrincipalType.Root)
        {
            duration = Math.Min(duration, StsDurations.OneHour);
        }
        var issuedAt = IamClock.ToSeconds(call.Time);
        var credentials = await new TemporaryCredentials(store, secrets).IssueAsync(
            new SessionGrant(caller.Type, caller.AccountId, caller.Arn, caller.UserId, caller.UserName, issuedAt, issuedAt.AddSeconds(duration), mfaAt)
            {
                Tags = caller.Tags,
            },
            cancellationToken);
        return new GetSessionTokenResponse(credentials);
    }
}

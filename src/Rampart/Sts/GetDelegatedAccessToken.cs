using Rampart.Iam.Common;
using Rampart.Iam.Delegation;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record GetDelegatedAccessTokenRequest(string TradeInToken);

public sealed record GetDelegatedAccessTokenResponse(IssuedCredentials Credentials, int PackedPolicySize, string AssumedPrincipal);

/// <summary>The partner of a finalized delegation request trades the token SendDelegationToken released for
/// credentials in the customer's account: a session of the identity that took (or accepted) the request, narrowed by
/// the request's permission policy (its PolicyTemplateArn, as a managed session policy; one the customer's account
/// cannot resolve leaves the session allowed nothing). The token is good once, for the partner's account only, until
/// the delegation period ends, which is also when the credentials expire.</summary>
public sealed class GetDelegatedAccessToken(IStore store, SecretProtector secrets) : Operation<GetDelegatedAccessTokenRequest, GetDelegatedAccessTokenResponse>
{
    public override string Service => "sts";

    public override string Name => "GetDelegatedAccessToken";

    protected override OperationDeclaration<GetDelegatedAccessTokenRequest> Declaration { get; } = new()
    {
        Action = "sts:GetDelegatedAccessToken",
        ReadOnly = false,
    };

    protected override async Task<GetDelegatedAccessTokenResponse> HandleAsync(GetDelegatedAccessTokenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (record, version) = await RequireTokenOfCallerAsync(request.TradeInToken, call, cancellationToken);
        if (record.TradeInTokenUsed)
        {
            throw Expired("The trade-in token has already been exchanged for credentials.");
        }
        if (record.DelegationEnds is not { } ends || call.Time >= ends)
        {
            throw Expired("The trade-in token has expired.");
        }
        var templateArn = record.Permissions.PolicyTemplateArn!;
        var packedPolicySize = (int)Math.Ceiling(100.0 * templateArn.Length / PolicySizeQuota.SessionPolicy.Limit);
        var grant = GrantFor(record, templateArn, IamClock.ToSeconds(call.Time), ends);
        try
        {
            await store.CommitAsync(
                [new StoreWrite.Put(DelegationRecord.KeyOf(record.DelegationRequestId), IamJson.Write(record with { TradeInTokenUsed = true }), version)],
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw Expired("The trade-in token has already been exchanged for credentials.");
        }
        var credentials = await new TemporaryCredentials(store, secrets).IssueAsync(grant, cancellationToken);
        return new GetDelegatedAccessTokenResponse(credentials, packedPolicySize, grant.Arn);
    }

    /// <summary>The finalized request the token was released for, when the caller's account is the partner's that
    /// asked for it. Every other token is refused alike, so a guess learns nothing about which requests exist.</summary>
    private async ValueTask<(DelegationRecord Record, long Version)> RequireTokenOfCallerAsync(string token, CallContext call, CancellationToken cancellationToken)
    {
        if (TradeInToken.RequestIdOf(token) is { } id && await store.GetAsync(DelegationRecord.KeyOf(id), cancellationToken) is { } item)
        {
            var record = IamJson.Read<DelegationRecord>(item.Json);
            if (record.RequestorId == call.AccountId && record.TradeInTokenHash is { } hash && TradeInToken.Matches(token, hash))
            {
                return (record, item.Version);
            }
        }
        throw StsErrors.AccessDenied("The trade-in token is not valid.");
    }

    /// <summary>A session of the delegated identity whose only permissions are those both it and the permission policy grant.</summary>
    private static SessionGrant GrantFor(DelegationRecord record, string templateArn, DateTimeOffset issuedAt, DateTimeOffset ends)
    {
        var principal = record.Principal;
        var account = record.OwnerAccountId;
        if (principal is null || account is null || principal.Type is not (PrincipalType.Root or PrincipalType.User or PrincipalType.AssumedRole))
        {
            throw StsErrors.AccessDenied($"Delegation request {record.DelegationRequestId} has no IAM user, role session or root user to act as.");
        }
        return new SessionGrant(principal.Type, account, principal.Arn, principal.UserId, principal.UserName, issuedAt, ends, null)
        {
            RoleArn = principal.RoleArn,
            RoleName = principal.RoleArn?[(principal.RoleArn.LastIndexOf('/') + 1)..],
            SessionPolicyArns = [templateArn],
            AlwaysHasSessionPolicies = true,
        };
    }

    private static AwsException Expired(string message) => new("ExpiredTradeInTokenException", message, 400);
}

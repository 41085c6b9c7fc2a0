using Rampart.Iam.Common;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record GetFederationTokenRequest(
    string Name, string? Policy, IReadOnlyList<PolicyDescriptor>? PolicyArns, int? DurationSeconds, IReadOnlyList<IamTag>? Tags);

public sealed record GetFederationTokenResponse(IssuedCredentials Credentials, FederatedUser FederatedUser);

/// <summary>Credentials for a federated user: the calling user's permissions narrowed by the session policies, so
/// a token requested without session policies can do nothing. Only long-term credentials may ask.</summary>
public sealed class GetFederationToken(IStore store, SecretProtector secrets) : Operation<GetFederationTokenRequest, GetFederationTokenResponse>
{
    public override string Service => "sts";

    public override string Name => "GetFederationToken";

    protected override OperationDeclaration<GetFederationTokenRequest> Declaration { get; } = new()
    {
        Action = "sts:GetFederationToken",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:sts::{call.AccountId}:federated-user/{request.Name}"],
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<GetFederationTokenResponse> HandleAsync(GetFederationTokenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var caller = call.Caller;
        if (caller.Session is not null)
        {
            throw StsErrors.AccessDenied("Cannot call GetFederationToken with session credentials");
        }
        SessionPolicies.Validate(request.Policy, request.PolicyArns);
        var tags = SessionTags.Check(request.Tags, null);
        var duration = request.DurationSeconds ?? StsDurations.TokenDefault;
        if (caller.Type == PrincipalType.Root)
        {
            duration = Math.Min(duration, StsDurations.OneHour);
        }
        var issuedAt = IamClock.ToSeconds(call.Time);
        var arn = $"arn:aws:sts::{caller.AccountId}:federated-user/{request.Name}";
        var userId = $"{caller.AccountId}:{request.Name}";
        var credentials = await new TemporaryCredentials(store, secrets).IssueAsync(
            new SessionGrant(PrincipalType.FederatedUser, caller.AccountId, arn, userId, null, issuedAt, issuedAt.AddSeconds(duration), null)
            {
                SourceUserId = caller.Type == PrincipalType.User ? caller.UserId : null,
                SourceUserName = caller.UserName,
                SessionPolicyDocuments = request.Policy is { } document ? [document] : [],
                SessionPolicyArns = [.. (request.PolicyArns ?? []).Select(p => p.Arn!)],
                AlwaysHasSessionPolicies = true,
                Tags = tags.Tags,
            },
            cancellationToken);
        return new GetFederationTokenResponse(credentials, new FederatedUser(userId, arn));
    }
}

using Rampart.Identity;
using Rampart.Policy;

namespace Rampart.Iam.Delegation;

/// <summary>The customer identity a delegation request acts as once the partner trades its token in: the identity
/// that took the request (or, when the request named its account from the start, the one that accepted it).</summary>
/// <param name="UserId">aws:userid of that identity: the account for root, AIDA... for a user, AROA...:session for a role session.</param>
/// <param name="RoleArn">For a role session, the role whose policies the delegated session has.</param>
public sealed record DelegatedPrincipal(PrincipalType Type, string Arn, string UserId, string? UserName, string? RoleArn)
{
    public static DelegatedPrincipal Of(Principal caller) =>
        new(caller.Type, caller.Arn, caller.UserId, caller.UserName, caller.Session?.RoleArn);
}

using System.Text.RegularExpressions;
using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Drt;

/// <summary>Authorizes the Shield Response Team to act in the account through an IAM role of the account.</summary>
public sealed partial class AssociateDrtRole(IStore store) : ShieldOperation<AssociateDrtRoleRequest, EmptyResponse>
{
    public override string Name => "AssociateDRTRole";

    protected override OperationDeclaration<AssociateDrtRoleRequest> Declaration { get; } = new()
    {
        Action = "shield:AssociateDRTRole",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(AssociateDrtRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var match = RoleArn().Match(request.RoleArn);
        if (!match.Success || match.Groups[1].Value != call.AccountId)
        {
            throw ShieldErrors.InvalidParameter("The role ARN is not valid.", "RoleArn");
        }
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account => account with { DrtRoleArn = request.RoleArn }, cancellationToken);
        return new EmptyResponse();
    }

    [GeneratedRegex("^arn:aws:iam::([0-9]{12}):role/[\\w+=,.@/-]+$")]
    private static partial Regex RoleArn();
}

using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServiceLinkedRoles;

public sealed record CreateServiceLinkedRoleRequest(string AWSServiceName, string? Description, string? CustomSuffix);

public sealed record CreateServiceLinkedRoleResponse(RoleOutput Role);

/// <summary>Creates the role a service assumes on the account's behalf: named after the service, under
/// "/aws-service-role/SERVICE/", trusted by the service principal only.</summary>
public sealed class CreateServiceLinkedRole(IStore store) : RoleOperation<CreateServiceLinkedRoleRequest, CreateServiceLinkedRoleResponse>
{
    public override string Name => "CreateServiceLinkedRole";

    protected override OperationDeclaration<CreateServiceLinkedRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateServiceLinkedRole",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Role(call.AccountId, LinkedServices.PathOf(request.AWSServiceName), SafeRoleName(request))],
        ContextKeys = (request, _) => new Dictionary<string, Policy.ContextValue> { ["iam:AWSServiceName"] = Policy.ContextValue.Single(request.AWSServiceName) },
    };

    protected override async Task<CreateServiceLinkedRoleResponse> HandleAsync(CreateServiceLinkedRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var roleName = LinkedServices.RoleName(request.AWSServiceName, request.CustomSuffix);
        var role = new RoleRecord(
            call.AccountId, roleName, IamIds.NewRoleId(), LinkedServices.PathOf(request.AWSServiceName), IamClock.ToSeconds(call.Time),
            LinkedServices.TrustPolicy(request.AWSServiceName), request.Description, RoleRecord.DefaultMaxSessionDuration, null, []);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([.. RoleDirectory.Create(role)], cancellationToken),
            key => key.Collection == RoleCollections.Role
                ? IamErrors.InvalidInput($"Service role name {roleName} has been taken in this account, please try a different suffix.")
                : null);
        return new CreateServiceLinkedRoleResponse(RoleOutput.Full(role, null) with { RoleLastUsed = null });
    }

    /// <summary>The role name for authorization; an unknown service is reported by the handler, after authorization.</summary>
    private static string SafeRoleName(CreateServiceLinkedRoleRequest request)
    {
        try
        {
            return LinkedServices.RoleName(request.AWSServiceName, request.CustomSuffix);
        }
        catch (Protocol.AwsException)
        {
            return LinkedServices.RoleNamePrefix + "*";
        }
    }
}

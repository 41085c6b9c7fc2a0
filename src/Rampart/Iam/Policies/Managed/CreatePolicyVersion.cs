using System.Globalization;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy.Parsing;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record CreatePolicyVersionRequest(string PolicyArn, string PolicyDocument, bool? SetAsDefault);

public sealed record CreatePolicyVersionResponse(PolicyVersionInfo PolicyVersion);

/// <summary>Adds a version to a customer managed policy (five at most), optionally making it the default.</summary>
public sealed class CreatePolicyVersion(IStore store) : IamPolicyOperation<CreatePolicyVersionRequest, CreatePolicyVersionResponse>
{
    public const int MaxVersions = 5;

    public override string Name => "CreatePolicyVersion";

    protected override OperationDeclaration<CreatePolicyVersionRequest> Declaration { get; } = new()
    {
        Action = "iam:CreatePolicyVersion",
        ReadOnly = false,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<CreatePolicyVersionResponse> HandleAsync(
        CreatePolicyVersionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policies = new ManagedPolicies(store);
        await policies.GetCustomerAsync(call.AccountId, request.PolicyArn, cancellationToken);
        PolicyDocuments.Parse(request.PolicyDocument, request.PolicyArn, PolicySizeQuota.ManagedPolicy);
        PolicyVersionRecord? created = null;
        var updated = await policies.UpdateAsync(call.AccountId, request.PolicyArn, record =>
        {
            if (record.Versions.Count >= MaxVersions)
            {
                throw PolicyErrors.TooManyVersions();
            }
            created = new PolicyVersionRecord("v" + record.NextVersion.ToString(CultureInfo.InvariantCulture), request.PolicyDocument, IamClock.ToSeconds(call.Time));
            return record with
            {
                Versions = [.. record.Versions, created],
                NextVersion = record.NextVersion + 1,
                DefaultVersionId = request.SetAsDefault == true ? created.VersionId : record.DefaultVersionId,
                UpdateDate = request.SetAsDefault == true ? IamClock.ToSeconds(call.Time) : record.UpdateDate,
            };
        }, cancellationToken);
        return new CreatePolicyVersionResponse(PolicyVersionInfo.Of(created!, updated.DefaultVersionId, withDocument: false));
    }
}

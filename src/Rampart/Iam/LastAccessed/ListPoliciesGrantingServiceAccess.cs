using Rampart.Iam.Policies.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.LastAccessed;

public sealed record ListPoliciesGrantingServiceAccessRequest(string? Marker, string Arn, IReadOnlyList<string> ServiceNamespaces);

public sealed record PolicyGrantingServiceAccessOutput(string PolicyName, string PolicyType, string? PolicyArn, string? EntityType, string? EntityName);

public sealed record ListPoliciesGrantingServiceAccessEntryOutput(string ServiceNamespace, IReadOnlyList<PolicyGrantingServiceAccessOutput> Policies);

public sealed record ListPoliciesGrantingServiceAccessResponse(
    IReadOnlyList<ListPoliciesGrantingServiceAccessEntryOutput> PoliciesGrantingServiceAccess, bool IsTruncated, string? Marker);

/// <summary>For each service namespace, the policies of a user, group or role (including a user's groups'
/// policies) with an Allow statement that reaches the service.</summary>
public sealed class ListPoliciesGrantingServiceAccess(IStore store, IamPolicySource policySource)
    : Operation<ListPoliciesGrantingServiceAccessRequest, ListPoliciesGrantingServiceAccessResponse>
{
    private const int MaxNamespaces = 200;

    public override string Service => "iam";

    public override string Name => "ListPoliciesGrantingServiceAccess";

    protected override OperationDeclaration<ListPoliciesGrantingServiceAccessRequest> Declaration { get; } = new()
    {
        Action = "iam:ListPoliciesGrantingServiceAccess",
        ReadOnly = true,
        Resources = (request, _) => [request.Arn],
    };

    protected override async Task<ListPoliciesGrantingServiceAccessResponse> HandleAsync(
        ListPoliciesGrantingServiceAccessRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.ServiceNamespaces.Count is 0 or > MaxNamespaces)
        {
            throw Common.IamErrors.InvalidInput($"ServiceNamespaces must hold 1 to {MaxNamespaces} namespaces.");
        }
        var subject = await new AccessSubjects(store, policySource).ResolveAsync(call.AccountId, request.Arn, cancellationToken);
        var entries = request.ServiceNamespaces.Select(service => new ListPoliciesGrantingServiceAccessEntryOutput(
            service,
            [
                .. subject.Policies.SelectMany(held => held.Policies
                    .Where(p => p.Policy.Document.Statements.Any(s => ServiceNames.Grants(s, service)))
                    .Select(p => Describe(held, p))),
            ])).ToList();
        return new ListPoliciesGrantingServiceAccessResponse(entries, false, null);
    }

    private static PolicyGrantingServiceAccessOutput Describe(HeldPolicies held, SourcedPolicy policy)
    {
        var managed = policy.SourcePolicyType is PolicySourceType.AwsManaged or PolicySourceType.UserManaged;
        return new PolicyGrantingServiceAccessOutput(
            policy.SourcePolicyId,
            managed ? "MANAGED" : "INLINE",
            managed ? policy.Policy.Name : null,
            managed || held.Kind is null ? null : held.Kind.ToString()!.ToUpperInvariant(),
            managed ? null : held.HolderName);
    }
}

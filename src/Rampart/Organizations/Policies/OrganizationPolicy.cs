using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;

namespace Rampart.Organizations.Policies;

/// <summary>A policy as the API describes it: a customer's own or one AWS manages.</summary>
public sealed record OrganizationPolicy(string Id, string Arn, string Name, string Description, OrganizationPolicyType Type, string Content, bool AwsManaged)
{
    public static OrganizationPolicy Of(OrganizationRecord organization, PolicyRecord record)
    {
        var type = OrganizationPolicyType.Require(record.Type);
        return new(record.Id, OrgArns.Policy(organization.ManagementAccountId, organization.Id, type.Name, record.Id),
            record.Name, record.Description, type, record.Content, false);
    }

    public static OrganizationPolicy Of(AwsManagedPolicy policy) =>
        new(policy.Id, policy.Arn, policy.Name, policy.Description, policy.Type, policy.Content, true);

    public PolicySummary Summary => new(Id, Arn, Name, Description, Type.Name, AwsManaged);

    public PolicyDescription Describe() => new(Summary, Content);
}

/// <summary>The model's PolicySummary.</summary>
public sealed record PolicySummary(string Id, string Arn, string Name, string Description, string Type, bool AwsManaged);

/// <summary>The model's Policy.</summary>
public sealed record PolicyDescription(PolicySummary PolicySummary, string Content);

namespace Rampart.Authorization;

/// <summary>What the pipeline needs to know of the resources a service owns: their tags (aws:ResourceTag/*) and
/// resource-based policies. Each service with taggable resources or resource policies implements one; it is
/// discovered at start-up.</summary>
public interface IResourceLookup
{
    /// <summary>The ARN service segment this lookup answers for, e.g. "kms" or "iam".</summary>
    string ArnService { get; }

    /// <summary>The resource's facts, or null when the resource does not exist (then only its ARN counts).</summary>
    ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken);
}

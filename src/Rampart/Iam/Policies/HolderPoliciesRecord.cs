namespace Rampart.Iam.Policies;

/// <summary>What one user, group or role has in policies (collection <see cref="PolicyCollections.HolderPolicies"/>,
/// key = its unique ID), kept so that quotas and "does it still have policies" are answered by one read.</summary>
/// <param name="InlineSize">The total size of its inline policies, as the aggregate quota counts it.</param>
public sealed record HolderPoliciesRecord(int AttachedCount, int InlineCount, int InlineSize)
{
    public static HolderPoliciesRecord Empty { get; } = new(0, 0, 0);

    public bool IsEmpty => AttachedCount == 0 && InlineCount == 0;
}

using Rampart.Policy;

namespace Rampart.Iam.Policies.Attached;

/// <summary>The iam:PolicyARN condition key of attaching and detaching.</summary>
internal static class PolicyArnKey
{
    public static IReadOnlyDictionary<string, ContextValue> Of(IAttachmentRequest request) =>
        new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) };
}

using System.Globalization;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;

namespace Rampart.Iam.Simulator;

/// <summary>Policies given to the simulator as text (PolicyInputList, PermissionsBoundaryPolicyInputList,
/// ResourcePolicy), named as IAM names them in matched statements.</summary>
public static class SimulationPolicies
{
    /// <summary>The simulator accepts any document the model allows (131,072 characters); quotas do not apply.</summary>
    private static readonly PolicySizeQuota Unlimited = new("PolicySize", 131072, false);

    public static IReadOnlyList<SourcedPolicy> Parse(IReadOnlyList<string>? documents, string listName, PolicyKind kind) =>
        [.. (documents ?? []).Select((document, i) => Parse(document, listName + "." + (i + 1).ToString(CultureInfo.InvariantCulture), kind, PolicySourceType.None))];

    public static SourcedPolicy Parse(string document, string name, PolicyKind kind, string sourceType)
    {
        try
        {
            return new SourcedPolicy(CompiledPolicy.Compile(PolicyParser.Parse(document, kind, name, Unlimited)), name, sourceType);
        }
        catch (MalformedPolicyException e)
        {
            throw new AwsException("InvalidInput", $"{name}: {e.Message}");
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Rampart.Iam.Policies;

/// <summary>A policy AWS manages (account "aws" in its ARN): the same in every account, attachable, never changed by
/// customers. Rampart ships one version of each, written for the services Rampart serves.</summary>
public sealed record AwsManagedPolicy(string PolicyName, string Path, string Description, string VersionId, DateTimeOffset CreateDate, DateTimeOffset UpdateDate, string Document)
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public string Arn => "arn:aws:iam::aws:policy" + Path + PolicyName;

    /// <summary>A policy ID that stays the same across servers and restarts: derived from the name.</summary>
    public string PolicyId { get; } = StableId(PolicyName);

    private static string StableId(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("aws-managed-policy:" + name));
        var id = new StringBuilder("ANPA", 21);
        for (var i = 0; i < 17; i++)
        {
            id.Append(Base32[hash[i] % 32]);
        }
        return id.ToString();
    }
}

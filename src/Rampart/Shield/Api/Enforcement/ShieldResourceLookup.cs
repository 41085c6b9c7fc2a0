using Rampart.Authorization;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.ProtectionGroups;
using Rampart.Shield.Api.Protections;
using Rampart.Storage;

namespace Rampart.Shield.Api.Enforcement;

/// <summary>Shield protections and protection groups as authorization sees them: their account and tags
/// (aws:ResourceTag/*).</summary>
public sealed class ShieldResourceLookup(IStore store) : IResourceLookup
{
    public string ArnService => "shield";

    public async ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken)
    {
        var fields = arn.Split(':', 6);
        if (fields.Length != 6 || fields[4].Length != 12 || fields[5].Split('/', 2) is not [var kind, { Length: > 0 } id])
        {
            return null;
        }
        var tags = kind switch
        {
            "protection" => (await new ProtectionStore(store).FindAsync(fields[4], id, cancellationToken))?.Tags,
            "protection-group" => (await new ProtectionGroupStore(store).FindAsync(fields[4], id, cancellationToken))?.Tags,
            _ => null,
        };
        return tags is null ? null : new ResourceFacts(fields[4], ShieldTags.ToDictionary(tags), null);
    }
}

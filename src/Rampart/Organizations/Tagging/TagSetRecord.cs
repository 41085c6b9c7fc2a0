using Rampart.Organizations.Common;

namespace Rampart.Organizations.Tagging;

/// <summary>The tags of one root, OU, account, policy or resource policy (collection <see cref="OrgCollections.Tags"/>).</summary>
public sealed record TagSetRecord(IReadOnlyList<OrgTag> Tags);

namespace Rampart.Iam.Groups;

/// <summary>One membership, stored twice (see <see cref="GroupMembership"/>) so that both directions page.</summary>
public sealed record MembershipEntry(string GroupId, string UserId);

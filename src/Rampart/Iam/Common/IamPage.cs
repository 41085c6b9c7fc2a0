namespace Rampart.Iam.Common;

/// <summary>One page of an IAM listing: the items, and the Marker that continues it when IsTruncated.</summary>
public sealed record IamPage<T>(IReadOnlyList<T> Items, bool IsTruncated, string? Marker);

namespace Rampart.Iam.AccessKeys;

public sealed record ListAccessKeysResponse(IReadOnlyList<AccessKeyMetadataOutput> AccessKeyMetadata, bool IsTruncated, string? Marker);

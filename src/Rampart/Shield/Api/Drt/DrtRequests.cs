namespace Rampart.Shield.Api.Drt;

public sealed record AssociateDrtRoleRequest(string RoleArn);

public sealed record LogBucketRequest(string LogBucket);

public sealed record DescribeDrtAccessResponse(string? RoleArn, IReadOnlyList<string>? LogBucketList);

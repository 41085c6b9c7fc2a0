namespace Rampart.Waf.Api.MobileSdk;

public sealed record ListMobileSdkReleasesRequest(string Platform, string? NextMarker, int? Limit);

public sealed record ListMobileSdkReleasesResponse(IReadOnlyList<object> ReleaseSummaries, string? NextMarker);

public sealed record MobileSdkReleaseRequest(string Platform, string ReleaseVersion);

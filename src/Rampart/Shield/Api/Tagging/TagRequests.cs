using Rampart.Shield.Api.Common;

namespace Rampart.Shield.Api.Tagging;

public sealed record TagResourceRequest(string ResourceARN, IReadOnlyList<ShieldTag> Tags);

public sealed record UntagResourceRequest(string ResourceARN, IReadOnlyList<string> TagKeys);

public sealed record ListTagsForResourceRequest(string ResourceARN);

public sealed record ListTagsForResourceResponse(IReadOnlyList<ShieldTag> Tags);

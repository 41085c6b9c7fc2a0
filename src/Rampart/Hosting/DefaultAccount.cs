namespace Rampart.Hosting;

/// <summary>The account the server created on first start, and its root access key: the identity the
/// generated client files carry, the one open mode lends to unknown keys, and the one reset keeps.</summary>
public sealed record DefaultAccount(string AccountId, string RootAccessKeyId);

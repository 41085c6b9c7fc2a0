namespace Rampart.Kms.Grants;

/// <summary>A grant's encryption context constraints: the request's context must contain
/// <see cref="EncryptionContextSubset"/> or equal <see cref="EncryptionContextEquals"/>. Keys compare without case,
/// values with case, as in AWS.</summary>
public sealed record GrantConstraints(
    Dictionary<string, string>? EncryptionContextSubset, Dictionary<string, string>? EncryptionContextEquals);

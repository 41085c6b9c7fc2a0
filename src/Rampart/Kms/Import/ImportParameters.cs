namespace Rampart.Kms.Import;

/// <summary>A wrapping key pair handed out by GetParametersForImport: its private key sealed under the master key,
/// the SHA-256 of the import token that names it, the wrapping algorithm and when the pair stops being valid.</summary>
public sealed record ImportParameters(string SealedPrivateKey, string TokenHash, string WrappingAlgorithm, DateTimeOffset ValidTo);

using System.Security.Cryptography;

namespace Rampart.Storage.Secrets;

/// <summary>A protected secret could not be opened: it was altered, bound to other associated data, or made under another master key.</summary>
public sealed class SecretUnprotectException(string message) : CryptographicException(message);

namespace Rampart.Kms.Keys;

/// <summary>The kind of cryptography behind a key spec.</summary>
public enum KeyFamily
{
    Symmetric,
    Rsa,
    Ecc,
    Hmac,
    MlDsa,
}

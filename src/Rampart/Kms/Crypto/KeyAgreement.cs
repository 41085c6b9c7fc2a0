using System.Security.Cryptography;
using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>ECDH between a key's private key and a peer's public key (DER SubjectPublicKeyInfo) on the same curve;
/// the shared secret is the x-coordinate of the shared point, as KMS returns it.</summary>
public static class KeyAgreement
{
    public static byte[] DeriveSharedSecret(byte[] pkcs8, byte[] peerPublicKey)
    {
        using var own = ECDiffieHellman.Create();
        own.ImportPkcs8PrivateKey(pkcs8, out _);
        using var peer = ECDiffieHellman.Create();
        try
        {
            peer.ImportSubjectPublicKeyInfo(peerPublicKey, out var read);
            if (read != peerPublicKey.Length || peer.KeySize != own.KeySize
                || peer.ExportParameters(false).Curve.Oid.Value != own.ExportParameters(false).Curve.Oid.Value)
            {
                throw new CryptographicException("The peer key is not on the key's curve.");
            }
            return own.DeriveRawSecretAgreement(peer.PublicKey);
        }
        catch (CryptographicException)
        {
            throw KmsErrors.Validation("PublicKey must be a DER-encoded SubjectPublicKeyInfo of an elliptic curve key on the same curve as the KMS key.");
        }
    }
}

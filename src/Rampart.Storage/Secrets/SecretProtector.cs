using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.Storage.Secrets;

/// <summary>
/// Encrypts secrets for storage under the master key with AES-256-GCM. The output is
/// <c>version (1) | master key ID (4) | nonce (12) | ciphertext | tag (16)</c>; the header and the caller's
/// associated data are authenticated, so a secret bound to one owner (say, its access key ID) cannot be moved to
/// another row. Safe to use from many threads.
/// </summary>
public sealed class SecretProtector : IDisposable
{
    public const byte FormatVersion = 1;

    private const int KeyIdSize = 4;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + KeyIdSize;
    private const int Overhead = HeaderSize + NonceSize + TagSize;

    private static readonly byte[] EncryptionKeyLabel = Encoding.ASCII.GetBytes("rampart secret protector v1 encryption key");
    private static readonly byte[] KeyIdLabel = Encoding.ASCII.GetBytes("rampart secret protector v1 key id");

    private readonly byte[] encryptionKey;
    private readonly uint keyId;

    /// <summary>Ciphers under <see cref="encryptionKey"/> ready for reuse: setting up a cipher cost more than
    /// sealing a short secret with it. A cipher serves one thread at a time, so each call takes one out.</summary>
    private readonly ConcurrentBag<AesGcm> ciphers = [];

    public SecretProtector(IMasterKeySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var master = source.LoadKey();
        try
        {
            if (master.Length != MasterKey.SizeInBytes)
            {
                throw new MasterKeyException($"The master key from {source.Description} is not {MasterKey.SizeInBytes} bytes long.");
            }

            // Derived keys keep the master key itself out of any cipher, so other uses of it stay independent.
            encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: EncryptionKeyLabel);
            keyId = BinaryPrimitives.ReadUInt32BigEndian(HKDF.DeriveKey(HashAlgorithmName.SHA256, master, KeyIdSize, salt: [], info: KeyIdLabel));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(master);
        }
    }

    public byte[] Protect(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[Overhead + plaintext.Length];
        output[0] = FormatVersion;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1, KeyIdSize), keyId);
        var nonce = output.AsSpan(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var ciphertext = output.AsSpan(HeaderSize + NonceSize, plaintext.Length);
        var tag = output.AsSpan(HeaderSize + NonceSize + plaintext.Length, TagSize);
        var aes = RentCipher();
        try
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AuthenticatedData(output.AsSpan(0, HeaderSize), associatedData));
        }
        finally
        {
            ciphers.Add(aes);
        }
        return output;
    }

    /// <exception cref="SecretUnprotectException">The data was altered, bound to other associated data, or made under another master key.</exception>
    public byte[] Unprotect(ReadOnlySpan<byte> protectedData, ReadOnlySpan<byte> associatedData)
    {
        if (protectedData.Length < Overhead)
        {
            throw new SecretUnprotectException("The protected secret is truncated.");
        }

        if (protectedData[0] != FormatVersion)
        {
            throw new SecretUnprotectException($"The protected secret has unknown format version {protectedData[0]}.");
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(protectedData.Slice(1, KeyIdSize)) != keyId)
        {
            throw new SecretUnprotectException("The protected secret was made under a different master key.");
        }

        var plaintextLength = protectedData.Length - Overhead;
        var plaintext = new byte[plaintextLength];
        var aes = RentCipher();
        try
        {
            aes.Decrypt(
                protectedData.Slice(HeaderSize, NonceSize),
                protectedData.Slice(HeaderSize + NonceSize, plaintextLength),
                protectedData.Slice(HeaderSize + NonceSize + plaintextLength, TagSize),
                plaintext,
                AuthenticatedData(protectedData[..HeaderSize], associatedData));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SecretUnprotectException("The protected secret failed authentication: it was altered or belongs to another owner.");
        }
        finally
        {
            ciphers.Add(aes);
        }

        return plaintext;
    }

    public void Dispose()
    {
        while (ciphers.TryTake(out var aes))
        {
            aes.Dispose();
        }
        CryptographicOperations.ZeroMemory(encryptionKey);
    }

    private AesGcm RentCipher() => ciphers.TryTake(out var aes) ? aes : new AesGcm(encryptionKey, TagSize);

    private static byte[] AuthenticatedData(ReadOnlySpan<byte> header, ReadOnlySpan<byte> associatedData)
    {
        var combined = new byte[header.Length + associatedData.Length];
        header.CopyTo(combined);
        associatedData.CopyTo(combined.AsSpan(header.Length));
        return combined;
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Rampart.Protocol;

namespace Rampart.Iam.SshKeys;

/// <summary>An RSA public key as IAM takes it for SSH: in OpenSSH form ("ssh-rsa BASE64 [comment]") or PEM
/// (SubjectPublicKeyInfo or PKCS#1), at least 2048 bits. Kept as the OpenSSH wire blob (RFC 4253: the string
/// "ssh-rsa", then the exponent and the modulus as mpints).</summary>
public sealed record SshPublicKey(byte[] Blob)
{
    private const string RsaType = "ssh-rsa";
    private const int MinimumBits = 2048;
    private const int MaximumBits = 16384;

    /// <summary>The OpenSSH form, "ssh-rsa BASE64".</summary>
    public string OpenSsh => RsaType + " " + Convert.ToBase64String(Blob);

    /// <summary>MD5 of the blob as colon-separated lowercase hex, the fingerprint IAM reports.</summary>
    public string Fingerprint => string.Join(':', MD5.HashData(Blob).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The key as a PEM SubjectPublicKeyInfo.</summary>
    public string Pem()
    {
        using var rsa = ToRsa();
        return rsa.ExportSubjectPublicKeyInfoPem();
    }

    public static SshPublicKey Parse(string body)
    {
        var text = body.Trim();
        if (text.StartsWith(RsaType + " ", StringComparison.Ordinal))
        {
            return FromOpenSsh(text);
        }
        if (text.StartsWith("-----BEGIN ", StringComparison.Ordinal))
        {
            return FromPem(text);
        }
        throw new AwsException("UnrecognizedPublicKeyEncoding", "The request was rejected because the public key encoding format is unsupported or unrecognized.", 400);
    }

    private static SshPublicKey FromOpenSsh(string text)
    {
        var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts.Length > 1 ? parts[1] : "");
        }
        catch (FormatException)
        {
            throw Invalid();
        }
        var reader = new BlobReader(blob);
        if (reader.ReadString() is not { } type || Encoding.ASCII.GetString(type) != RsaType
            || reader.ReadString() is not { } exponent || reader.ReadString() is not { } modulus || !reader.AtEnd)
        {
            throw Invalid();
        }
        return Checked(new RSAParameters { Exponent = Unsigned(exponent), Modulus = Unsigned(modulus) });
    }

    private static SshPublicKey FromPem(string text)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw Invalid();
        }
        return Checked(rsa.ExportParameters(false));
    }

    private static SshPublicKey Checked(RSAParameters parameters)
    {
        if (parameters.Modulus is not { Length: > 0 } modulus || parameters.Exponent is not { Length: > 0 } exponent)
        {
            throw Invalid();
        }
        var bits = modulus.Length * 8 - System.Numerics.BitOperations.LeadingZeroCount((uint)modulus[0]) + 24;
        if (bits is < MinimumBits or > MaximumBits)
        {
            throw new AwsException("InvalidPublicKey", $"The SSH public key must be an RSA key of {MinimumBits} to {MaximumBits} bits; this one has {bits}.", 400);
        }
        var blob = new List<byte>();
        Append(blob, Encoding.ASCII.GetBytes(RsaType));
        Append(blob, Mpint(exponent));
        Append(blob, Mpint(modulus));
        return new SshPublicKey([.. blob]);
    }

    private RSA ToRsa()
    {
        var reader = new BlobReader(Blob);
        reader.ReadString();
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Exponent = Unsigned(reader.ReadString()!), Modulus = Unsigned(reader.ReadString()!) });
        return rsa;
    }

    private static byte[] Unsigned(byte[] mpint) => mpint.SkipWhile(b => b == 0).ToArray();

    private static byte[] Mpint(byte[] unsigned)
    {
        var value = Unsigned(unsigned);
        return value.Length > 0 && value[0] >= 0x80 ? [0, .. value] : value;
    }

    private static void Append(List<byte> blob, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        blob.AddRange(length.ToArray());
        blob.AddRange(value);
    }

    private static AwsException Invalid() =>
        new("InvalidPublicKey", "The request was rejected because the public key is malformed or otherwise invalid.", 400);

    private sealed class BlobReader(byte[] blob)
    {
        private int position;

        public bool AtEnd => position == blob.Length;

        public byte[]? ReadString()
        {
            if (blob.Length - position < 4)
            {
                return null;
            }
            var length = BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(position));
            position += 4;
            if (length < 0 || length > blob.Length - position)
            {
                return null;
            }
            var value = blob[position..(position + length)];
            position += length;
            return value;
        }
    }
}

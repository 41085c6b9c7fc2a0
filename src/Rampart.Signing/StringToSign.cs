namespace Rampart.Signing;

/// <summary>"AWS4-HMAC-SHA256\n" + request time + "\n" + credential scope + "\n" + hex(SHA-256(canonical request)).</summary>
internal static class StringToSign
{
    public static void Append(ref CanonicalBuffer output, in SignatureClaim claim, scoped ReadOnlySpan<byte> canonicalRequestHash)
    {
        output.Append("AWS4-HMAC-SHA256\n"u8);
        output.Append(claim.AmzDate);
        output.Append((byte)'\n');
        output.Append(claim.Scope.Date);
        output.Append((byte)'/');
        output.Append(claim.Scope.Region);
        output.Append((byte)'/');
        output.Append(claim.Scope.Service);
        output.Append((byte)'/');
        output.Append(claim.Scope.Terminator);
        output.Append((byte)'\n');
        output.AppendHexLower(canonicalRequestHash);
    }
}

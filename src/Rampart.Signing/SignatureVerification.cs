using System.Diagnostics.CodeAnalysis;

namespace Rampart.Signing;

/// <summary>The outcome of checking a request's signature without throwing: exactly one of the two is set.</summary>
public readonly record struct SignatureVerification(VerifiedSignature? Signature, SignatureFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Signature))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Signature is not null;

    public static SignatureVerification Success(VerifiedSignature signature) => new(signature, null);

    public static SignatureVerification Refused(SignatureFailure failure) => new(null, failure);
}

using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Operations;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateRandomRequest(int? NumberOfBytes, string? CustomKeyStoreId, System.Text.Json.Nodes.JsonObject? Recipient);

public sealed record GenerateRandomResponse(byte[] Plaintext);

/// <summary>Returns 1 to 1,024 cryptographically secure random bytes.</summary>
public sealed class GenerateRandom : KmsOperation<GenerateRandomRequest, GenerateRandomResponse>
{
    private const int MaxBytes = 1024;

    public override string Name => "GenerateRandom";

    protected override OperationDeclaration<GenerateRandomRequest> Declaration { get; } = new()
    {
        Action = "kms:GenerateRandom",
        ReadOnly = true,
    };

    protected override Task<GenerateRandomResponse> HandleAsync(GenerateRandomRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.CustomKeyStoreId is not null || request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Custom key stores and Nitro Enclaves attestation are not supported by this server.");
        }
        var count = request.NumberOfBytes ?? throw KmsErrors.Validation("NumberOfBytes is required.");
        if (count is < 1 or > MaxBytes)
        {
            throw KmsErrors.Validation(
                $"1 validation error detected: Value '{count}' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to {MaxBytes}");
        }
        return Task.FromResult(new GenerateRandomResponse(RandomNumberGenerator.GetBytes(count)));
    }
}

using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Protections;

public sealed record DescribeProtectionRequest(string? ProtectionId, string? ResourceArn);

public sealed record DescribeProtectionResponse(object Protection);

/// <summary>A protection, by its ID or by the protected resource's ARN (exactly one of them).</summary>
public sealed class DescribeProtection(IStore store) : ShieldOperation<DescribeProtectionRequest, DescribeProtectionResponse>
{
    public override string Name => "DescribeProtection";

    protected override OperationDeclaration<DescribeProtectionRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeProtection",
        ReadOnly = true,
        Resources = (request, call) => [request.ProtectionId is { } id ? $"arn:aws:shield::{call.AccountId}:protection/{id}" : $"arn:aws:shield::{call.AccountId}:protection/*"],
    };

    protected override async Task<DescribeProtectionResponse> HandleAsync(DescribeProtectionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var protections = new ProtectionStore(store);
        var (record, _) = request switch
        {
            { ProtectionId: { } id, ResourceArn: null } => await protections.GetAsync(call.AccountId, id, cancellationToken),
            { ResourceArn: { } arn, ProtectionId: null } => await protections.GetByResourceAsync(call.AccountId, arn, cancellationToken),
            _ => throw ShieldErrors.InvalidParameter("Exactly one of ProtectionId and ResourceArn must be specified."),
        };
        return new DescribeProtectionResponse(record.Describe());
    }
}

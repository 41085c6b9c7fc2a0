namespace Rampart.Iam.Delegation;

/// <summary>The model's PolicyParameter.</summary>
public sealed record PolicyParameterInput(string? Name, IReadOnlyList<string>? Values, string? Type);

/// <summary>The model's DelegationPermission: a policy template and the values of its parameters.</summary>
public sealed record DelegationPermissionInput(string? PolicyTemplateArn, IReadOnlyList<PolicyParameterInput>? Parameters);

/// <summary>The model's DelegationRequest.</summary>
public sealed record DelegationRequestOutput(
    string DelegationRequestId,
    string? OwnerAccountId,
    string Description,
    string? RequestMessage,
    DelegationPermissionInput Permissions,
    string? PermissionPolicy,
    IReadOnlyList<string>? RolePermissionRestrictionArns,
    string? OwnerId,
    string? ApproverId,
    string State,
    DateTimeOffset ExpirationTime,
    string RequestorId,
    string? RequestorName,
    DateTimeOffset CreateDate,
    int SessionDuration,
    string? RedirectUrl,
    string? Notes,
    string? RejectionReason,
    bool OnlySendByOwner,
    DateTimeOffset UpdatedTime);

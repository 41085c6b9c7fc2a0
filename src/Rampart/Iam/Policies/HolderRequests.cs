namespace Rampart.Iam.Policies;

/// <summary>A request about one user's, group's or role's policies. The model names the holder UserName, GroupName
/// or RoleName; each request record maps its member to <see cref="HolderName"/>.</summary>
public interface IHolderRequest
{
    string HolderName { get; }
}

/// <summary>A request naming one of the holder's inline policies.</summary>
public interface IInlinePolicyRequest : IHolderRequest
{
    string PolicyName { get; }
}

/// <summary>A request that writes one of the holder's inline policies.</summary>
public interface IInlinePolicyWrite : IInlinePolicyRequest
{
    string PolicyDocument { get; }
}

/// <summary>A request that pages through the holder's policies.</summary>
public interface IHolderPageRequest : IHolderRequest
{
    string? Marker { get; }

    int? MaxItems { get; }
}

/// <summary>A request that pages through the holder's attached managed policies, optionally by the policies' path.</summary>
public interface IAttachedPageRequest : IHolderPageRequest
{
    string? PathPrefix { get; }
}

/// <summary>A request that attaches a managed policy to the holder or detaches one.</summary>
public interface IAttachmentRequest : IHolderRequest
{
    string PolicyArn { get; }
}

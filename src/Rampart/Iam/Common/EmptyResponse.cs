namespace Rampart.Iam.Common;

/// <summary>The response of IAM operations that return nothing but their request ID.</summary>
public sealed record EmptyResponse
{
    public static EmptyResponse Instance { get; } = new();
}

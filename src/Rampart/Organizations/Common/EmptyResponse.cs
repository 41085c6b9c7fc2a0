namespace Rampart.Organizations.Common;

/// <summary>The response of operations that return nothing.</summary>
public sealed record EmptyResponse
{
    public static EmptyResponse Instance { get; } = new();
}

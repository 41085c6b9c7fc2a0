namespace Rampart.PolicyEval;

/// <summary>A request line that cannot be evaluated; <see cref="Field"/> names the part of the request at fault
/// (for example <c>identityPolicies[1]</c>), or is null when the line as a whole is unusable.</summary>
internal sealed class EvalRequestException(string? field, string message) : Exception(message)
{
    public string? Field { get; } = field;

    /// <summary>The request's <c>id</c>, when the line got far enough to have one.</summary>
    public string? Id { get; init; }
}

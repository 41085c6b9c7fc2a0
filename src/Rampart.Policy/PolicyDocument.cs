namespace Rampart.Policy;

/// <summary>A parsed, validated policy document, as written (nothing compiled yet).</summary>
/// <param name="Name">How explanations identify this policy (an ARN, or a label such as "inline:user/alice/s3").</param>
/// <param name="Text">The original document text, so positions can be quoted back.</param>
public sealed record PolicyDocument(
    string Name,
    PolicyKind Kind,
    string Version,
    string? Id,
    IReadOnlyList<PolicyStatement> Statements,
    string Text);

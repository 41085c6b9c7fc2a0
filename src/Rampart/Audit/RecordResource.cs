using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>One entry of the record's resources list: a resource the call acted on.</summary>
/// <param name="Type">The CloudFormation-style type, e.g. "AWS::IAM::User".</param>
public sealed record RecordResource(
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("ARN")] string Arn);

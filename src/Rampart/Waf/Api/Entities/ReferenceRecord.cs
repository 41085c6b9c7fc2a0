namespace Rampart.Waf.Api.Entities;

/// <summary>One entry of the reference index: the ARN of the entity that holds the reference.</summary>
public sealed record ReferenceRecord(string ReferencingArn);

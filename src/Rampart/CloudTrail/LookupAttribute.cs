using Rampart.Audit;

namespace Rampart.CloudTrail;

/// <summary>One filter of a LookupEvents request; the protocol layer has already refused keys outside the model's enum.</summary>
public sealed record LookupAttribute(LookupAttributeKey AttributeKey, string AttributeValue);

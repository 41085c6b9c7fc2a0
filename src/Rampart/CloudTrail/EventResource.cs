namespace Rampart.CloudTrail;

/// <summary>The model's Resource: a resource an event refers to.</summary>
public sealed record EventResource(string ResourceType, string ResourceName);

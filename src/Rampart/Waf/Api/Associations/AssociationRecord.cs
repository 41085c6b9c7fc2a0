namespace Rampart.Waf.Api.Associations;

/// <summary>A resource protected by a web ACL (stored under the resource's ARN and, reversed, under the web ACL's ID).</summary>
public sealed record AssociationRecord(string ResourceArn, string WebAclArn, string WebAclId);

namespace Rampart.Waf.Api.Common;

/// <summary>A tag as WAFv2's Tag shape carries it.</summary>
public sealed record WafTag(string Key, string Value);

namespace Rampart.Shield.Api.Common;

/// <summary>A tag as Shield's Tag shape carries it.</summary>
public sealed record ShieldTag(string Key, string? Value);

namespace Rampart.Kms.Rotation;

/// <summary>A key's rotation settings: automatic rotation every <see cref="PeriodInDays"/> days when enabled.</summary>
/// <param name="NextRotationDate">When automatic rotation next happens; null while it is disabled.</param>
/// <param name="OnDemandRotationStartDate">When the last on-demand rotation began.</param>
public sealed record KeyRotationSettings(bool Enabled, int PeriodInDays, DateTimeOffset? NextRotationDate, DateTimeOffset? OnDemandRotationStartDate);

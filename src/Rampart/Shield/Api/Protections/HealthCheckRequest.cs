namespace Rampart.Shield.Api.Protections;

public sealed record HealthCheckRequest(string ProtectionId, string HealthCheckArn)
{
    /// <summary>The health check's ID from its ARN (arn:aws:route53:::healthcheck/ID).</summary>
    public string HealthCheckId => HealthCheckArn.StartsWith("arn:aws:route53:::healthcheck/", StringComparison.Ordinal) && HealthCheckArn.Length > 30
        ? HealthCheckArn[30..]
        : throw Common.ShieldErrors.InvalidResource($"Unrecognized resource '{HealthCheckArn}' of type 'healthcheck'.");
}

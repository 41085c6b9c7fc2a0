using Microsoft.Extensions.DependencyInjection;
using Rampart.Protocol.Models;

namespace Rampart.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>Registers the write-behind audit trail (as <see cref="IAuditTrail"/> and as a hosted service, so
    /// that shutdown writes every queued event). Needs an <see cref="Rampart.Storage.IStore"/> registration.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton(_ => new CloudTrailRecordBuilder(ServiceCatalog.Default));
        services.AddSingleton<WriteBehindAuditTrail>();
        services.AddSingleton<IAuditTrail>(provider => provider.GetRequiredService<WriteBehindAuditTrail>());
        services.AddHostedService(provider => provider.GetRequiredService<WriteBehindAuditTrail>());
        return services;
    }
}

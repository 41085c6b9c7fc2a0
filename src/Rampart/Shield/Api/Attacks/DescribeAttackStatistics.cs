using Rampart.Operations;
using Rampart.Shield.Api.Common;

namespace Rampart.Shield.Api.Attacks;

public sealed record DescribeAttackStatisticsResponse(TimeRange TimeRange, IReadOnlyList<object> DataItems);

/// <summary>How many attacks the account's resources saw in the past year, with the highest request rate counted.</summary>
public sealed class DescribeAttackStatistics(StoreAttackLog attacks) : ShieldOperation<EmptyRequest, DescribeAttackStatisticsResponse>
{
    public override string Name => "DescribeAttackStatistics";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeAttackStatistics",
        ReadOnly = true,
    };

    protected override async Task<DescribeAttackStatisticsResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var range = new TimeRange(call.Time.AddYears(-1), call.Time);
        var inRange = (await attacks.AllAsync(call.AccountId, cancellationToken)).Where(a => range.Contains(a.StartTime)).ToList();
        var requestRates = inRange.SelectMany(a => a.Counters).Where(c => c.Unit.Equals("Requests", StringComparison.OrdinalIgnoreCase)).Select(c => c.Max).ToList();
        object item = requestRates.Count > 0
            ? new { AttackCount = (long)inRange.Count, AttackVolume = new { RequestsPerSecond = new { Max = requestRates.Max() } } }
            : new { AttackCount = (long)inRange.Count };
        return new DescribeAttackStatisticsResponse(range, [item]);
    }
}

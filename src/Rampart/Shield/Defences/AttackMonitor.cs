using Microsoft.Extensions.Logging;

namespace Rampart.Shield.Defences;

/// <summary>
/// The attack detection of one protected resource: the defences count signals on it, and once a second it decides
/// which attacks started or ended and reports them to Shield (<see cref="IAttackLog"/>, when Shield is present).
/// </summary>
public sealed class AttackMonitor : IAsyncDisposable
{
    private readonly Dictionary<AttackVector, VectorTracker> trackers;
    private readonly IAttackLog? log;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    public AttackMonitor(string resourceArn, IAttackLog? log, TimeProvider time, ILogger logger)
    {
        trackers = AttackVector.All.ToDictionary(vector => vector, vector => new VectorTracker(vector, resourceArn));
        this.log = log;
        this.time = time;
        this.logger = logger;
        loop = RunAsync(stopping.Token);
    }

    /// <summary>Counts one signal of <paramref name="vector"/>; cheap and safe on the request path.</summary>
    public void Count(AttackVector vector) => trackers[vector].Count();

    /// <summary>The attacks in progress.</summary>
    public IReadOnlyList<DetectedAttack> Ongoing() =>
        [.. trackers.Values.Select(tracker => tracker.Ongoing()).OfType<DetectedAttack>()];

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = time.GetUtcNow();
                foreach (var tracker in trackers.Values)
                {
                    if (tracker.Tick(now) is { } attack)
                    {
                        await ReportAsync(attack, cancellationToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReportAsync(DetectedAttack attack, CancellationToken cancellationToken)
    {
        var counter = attack.Counters[0];
        if (attack.EndTime is null)
        {
            logger.LogWarning("Shield: {Vector} attack {AttackId} started on {Resource} ({Sum} {Unit} in {Seconds} s).",
                attack.Vectors[0], attack.AttackId, attack.ResourceArn, counter.Sum, counter.Unit, counter.N);
        }
        else
        {
            logger.LogWarning("Shield: {Vector} attack {AttackId} on {Resource} ended ({Sum} {Unit}, peak {Max}/s).",
                attack.Vectors[0], attack.AttackId, attack.ResourceArn, counter.Sum, counter.Unit, counter.Max);
        }
        if (log is null)
        {
            return;
        }
        try
        {
            await log.RecordAsync(attack, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Shield: recording attack {AttackId} failed: {ExceptionType}", attack.AttackId, e.GetType().FullName);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await loop;
        stopping.Dispose();
    }
}

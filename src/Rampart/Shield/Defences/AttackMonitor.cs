using Microsoft.Extensions.Logging;

namespace Rampart.Shield.Defences;

/// <summary>
/// The attack detection of one protected resource: the defences count signals on it, and once a second it decides
/// which attacks started or ended, and how ongoing ones progress, and reports them to Shield
/// (<see cref="IAttackLog"/>, when Shield is present).
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

    /// <summary>Counts one signal of <paramref name="vector"/> and notes where it came from.</summary>
    public void Count(AttackVector vector, AttackSource source)
    {
        var tracker = trackers[vector];
        tracker.Count();
        tracker.Contribute(source);
    }

    /// <summary>Whether an attack of <paramref name="vector"/> is in progress: frequent signals note their sources
    /// only then (<see cref="Contribute"/>), so ordinary traffic pays nothing for it.</summary>
    public bool IsOngoing(AttackVector vector) => trackers[vector].IsOngoing;

    public void Contribute(AttackVector vector, AttackSource source) => trackers[vector].Contribute(source);

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
                    else if (tracker.Progress(now) is { } progress)
                    {
                        await RecordAsync(progress, cancellationToken);
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
        await RecordAsync(attack, cancellationToken);
    }

    private async Task RecordAsync(DetectedAttack attack, CancellationToken cancellationToken)
    {
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

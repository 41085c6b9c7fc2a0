using Microsoft.Extensions.Logging;

namespace Rampart.Shield.Defences;

/// <summary>
/// Hears Kestrel's own account of the connections it cuts for reading responses too slowly: Kestrel reports that only
/// in its log (event ResponseMinimumDataRateNotSatisfied), while the request sees an abort like any disconnect.
/// Registered as a logging provider of a gateway's host, for Kestrel's categories only.
/// </summary>
public sealed class KestrelDefenceSignals(AttackMonitor monitor) : ILoggerProvider
{
    public const string KestrelCategory = "Microsoft.AspNetCore.Server.Kestrel";

    public ILogger CreateLogger(string categoryName) => new Signals(monitor);

    public void Dispose()
    {
    }

    private sealed class Signals(AttackMonitor monitor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == "ResponseMinimumDataRateNotSatisfied")
            {
                monitor.Count(AttackVector.SlowRead);
            }
        }
    }
}

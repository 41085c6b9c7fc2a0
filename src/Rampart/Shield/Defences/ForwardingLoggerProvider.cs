using Microsoft.Extensions.Logging;

namespace Rampart.Shield.Defences;

/// <summary>Hands a gateway host's log to the server's own loggers, so its warnings appear where the server's do.</summary>
public sealed class ForwardingLoggerProvider(ILoggerFactory server) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => server.CreateLogger(categoryName);

    public void Dispose()
    {
    }
}

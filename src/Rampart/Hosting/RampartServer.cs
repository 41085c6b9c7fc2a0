using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Hosting;

/// <summary>`rampart serve`: opens the store, makes sure the default account exists, serves, and writes the
/// client files once it listens.</summary>
public static class RampartServer
{
    public static async Task<int> RunAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var opening = Task.Run(() => ServerCore.OpenAsync(options, cancellationToken), cancellationToken);
        await using var app = ServerApplication.Build(options, opening);
        ServerCore core;
        try
        {
            core = await opening;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException
            or StoreSchemaException or MasterKeyException or System.Data.Common.DbException)
        {
            await Console.Error.WriteLineAsync($"rampart serve: {e.Message}");
            return 1;
        }

        await using (core)
        {
            var boot = core.Boot;
            if (options.AccountId is { } requested && requested != boot.Account.AccountId)
            {
                await Console.Error.WriteLineAsync(
                    $"rampart serve: ignoring --account-id {requested}: the store already holds the default account {boot.Account.AccountId}.");
            }
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"rampart serve: cannot listen on {options.Listen}: {e.Message}");
                return 1;
            }

            var endpoint = ClientEndpoint(app, options);
            var files = ClientFiles.In(options.DataDirectory);
            files.Write(boot.Account.RootAccessKeyId, boot.RootSecretAccessKey, options.Region, endpoint);
            StartupBanner.Print(Console.Out, Console.Error, options, core.Store.Kind, endpoint, boot, files, started.Elapsed);

            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }

    /// <summary>The URL clients should use: the bound address (so port 0 works), with a wildcard host made local.</summary>
    private static Uri ClientEndpoint(WebApplication app, ServerOptions options)
    {
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var uri = bound is null ? options.Listen : new Uri(bound);
        var host = uri.Host switch
        {
            "0.0.0.0" or "+" or "*" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            _ => uri.Host,
        };
        if (options.Listen.Host == "localhost")
        {
            host = "localhost";
        }
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri;
    }
}

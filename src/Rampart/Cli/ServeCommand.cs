using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Rampart.Hosting;

namespace Rampart.Cli;

/// <summary>`rampart serve`: its flags, their validation, and the server it starts.</summary>
internal static partial class ServeCommand
{
    public static Command Create()
    {
        var listen = new Option<string>("--listen")
        {
            Description = $"The URL to listen on (default {ServerOptions.DefaultListen}).",
            DefaultValueFactory = _ => ServerOptions.DefaultListen,
            HelpName = "URL",
        };
        listen.Validators.Add(result => Check(result, ParseListen(result.GetValueOrDefault<string>()).Error));

        var data = new Option<string>("--data")
        {
            Description = "Directory for the SQLite database, the master key and the generated client files " +
                "(default .rampart/data under the current directory).",
            HelpName = "DIR",
        };

        var store = new Option<string>("--store")
        {
            Description = "Use another store than the SQLite database in --data: a PostgreSQL connection string.",
            HelpName = "URI",
        };

        var accountId = new Option<string>("--account-id")
        {
            Description = "The default account's 12-digit ID on first start (default: random).",
            HelpName = "ID",
        };
        accountId.Validators.Add(result => Check(result, AccountIdPattern().IsMatch(result.GetValueOrDefault<string>() ?? "")
            ? null
            : "--account-id must be exactly 12 digits."));

        var region = new Option<string>("--region")
        {
            Description = $"The region written to the generated config file (default {ServerOptions.DefaultRegion}).",
            DefaultValueFactory = _ => ServerOptions.DefaultRegion,
            HelpName = "REGION",
        };
        region.Validators.Add(result => Check(result, RegionPattern().IsMatch(result.GetValueOrDefault<string>() ?? "")
            ? null
            : "--region must be a region name such as us-east-1."));

        var auth = new Option<string>("--auth")
        {
            Description = "enforce: every request must be signed by a known access key. open: unknown access keys " +
                "act as the default account's root user.",
            DefaultValueFactory = _ => "enforce",
            HelpName = "enforce|open",
        };
        auth.Validators.Add(result => Check(result, result.GetValueOrDefault<string>() is "enforce" or "open"
            ? null
            : $"--auth must be enforce or open, not '{result.GetValueOrDefault<string>()}'."));

        var gateway = new Option<string[]>("--gateway")
        {
            Description = "Also run a WAF gateway: a reverse proxy from LISTEN_URL to UPSTREAM_URL, enforcing the web ACL " +
                "associated with its load balancer ARN (repeatable; GET /_rampart/gateways lists them).",
            HelpName = Waf.Gateway.GatewayDefinition.Syntax,
            AllowMultipleArgumentsPerToken = false,
        };
        gateway.Validators.Add(result =>
        {
            var values = result.GetValueOrDefault<string[]>() ?? [];
            foreach (var value in values)
            {
                Check(result, Waf.Gateway.GatewayDefinition.Parse(value).Error);
            }
            var names = values.Select(value => Waf.Gateway.GatewayDefinition.Parse(value).Gateway?.Name).OfType<string>().ToList();
            Check(result, names.GroupBy(name => name).FirstOrDefault(same => same.Count() > 1) is { } repeated
                ? $"--gateway name '{repeated.Key}' is given more than once."
                : null);
        });

        var geoDatabase = new Option<string>("--geo-database")
        {
            Description = "A MaxMind-format database (such as GeoLite2-Country.mmdb) that gateways locate clients with for GeoMatch rules.",
            HelpName = "FILE",
        };
        geoDatabase.Validators.Add(result => Check(result, File.Exists(result.GetValueOrDefault<string>())
            ? null
            : $"--geo-database: no such file '{result.GetValueOrDefault<string>()}'."));

        var command = new Command("serve", "Run the Rampart server.") { listen, data, store, accountId, region, auth, gateway, geoDatabase };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new ServerOptions(
                ParseListen(parse.GetValue(listen)).Uri!,
                Path.GetFullPath(parse.GetValue(data) ?? ServerOptions.DefaultDataDirectory),
                parse.GetValue(store),
                parse.GetValue(accountId),
                parse.GetValue(region)!,
                parse.GetValue(auth) == "open" ? AuthMode.Open : AuthMode.Enforce)
            {
                Gateways = [.. (parse.GetValue(gateway) ?? []).Select(value => Waf.Gateway.GatewayDefinition.Parse(value).Gateway!)],
                GeoDatabase = parse.GetValue(geoDatabase) is { } geoFile ? Path.GetFullPath(geoFile) : null,
            };
            return RampartServer.RunAsync(options, cancellationToken);
        });
        return command;
    }

    private static void Check(OptionResult result, string? error)
    {
        if (error is not null)
        {
            result.AddError(error);
        }
    }

    private static (Uri? Uri, string? Error) ParseListen(string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            return (null, $"--listen must be an http URL such as {ServerOptions.DefaultListen}, not '{value}'.");
        }
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            return (null, $"--listen takes a scheme, host and port only, not a path: '{value}'.");
        }
        return (uri, null);
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionPattern();
}

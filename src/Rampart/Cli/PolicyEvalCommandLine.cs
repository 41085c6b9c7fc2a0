using System.CommandLine;
using Rampart.PolicyEval;

namespace Rampart.Cli;

/// <summary>`rampart policy eval [FILE|-]`: authorization requests in (JSON Lines), decisions out.</summary>
internal static class PolicyEvalCommandLine
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "JSON Lines file of authorization requests; '-' or absent reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("eval", "Evaluate authorization requests and print one decision per line.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file);
            if (path is null or "-")
            {
                return await PolicyEvalCommand.RunAsync(Console.In, Console.Out, cancellationToken);
            }
            StreamReader reader;
            try
            {
                reader = new StreamReader(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"rampart policy eval: cannot read {path}: {e.Message}");
                return 2;
            }
            using (reader)
            {
                return await PolicyEvalCommand.RunAsync(reader, Console.Out, cancellationToken);
            }
        });
        return command;
    }
}

using Rampart.Policy;

namespace Rampart.PolicyEval;

/// <summary><c>rampart policy eval [FILE|-]</c>: reads authorization requests as JSON Lines and writes one decision
/// (or error) line per request, in order. Blank lines are skipped; a bad line gets an error line and the rest still run.</summary>
public static class PolicyEvalCommand
{
    /// <summary>Runs every request of <paramref name="input"/>. Returns 0 when every request was evaluated, 1 when
    /// at least one line was an error.</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var lineNumber = 0;
        var failures = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string result;
            try
            {
                var request = EvalRequestReader.Read(line);
                result = EvalResultWriter.Decision(lineNumber, request.Id, PolicyEvaluator.Explain(request.Authorization));
            }
            catch (EvalRequestException invalid)
            {
                failures++;
                result = EvalResultWriter.Error(lineNumber, invalid.Id, invalid.Field, invalid.Message);
            }

            await output.WriteLineAsync(result.AsMemory(), ct);
            await output.FlushAsync(ct);
        }

        return failures == 0 ? 0 : 1;
    }
}

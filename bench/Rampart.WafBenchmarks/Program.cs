using System.Diagnostics;
using BenchmarkDotNet.Running;
using Rampart.Waf.Engine;

namespace Rampart.WafBenchmarks;

public static class Program
{
    /// <summary>BenchmarkDotNet's switcher; "loop SECONDS" instead evaluates the benchmark's web ACL for that long and
    /// prints the time per request, for attaching a profiler.</summary>
    public static void Main(string[] args)
    {
        if (args is ["loop", var seconds])
        {
            Loop(TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Loop(TimeSpan duration)
    {
        var acl = BenchmarkWebAcl.Compile();
        var request = BenchmarkWebAcl.Request();
        var runtime = new WafRuntime();
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 1000; i++)
            {
                acl.Evaluate(request, runtime);
            }
            count += 1000;
        }
        Console.WriteLine($"{count} evaluations, {clock.Elapsed.TotalNanoseconds / count:F0} ns each");
    }
}

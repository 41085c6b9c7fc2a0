using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// A short job keeps a full run to a few minutes on a shared 2-core machine, unless a job is asked for (--job Default).
IConfig config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median, StatisticColumn.OperationsPerSecond)
    .WithOptions(ConfigOptions.JoinSummary);
if (!args.Contains("--job"))
{
    config = config.AddJob(Job.ShortRun.WithId("short"));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

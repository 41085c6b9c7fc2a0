using BenchmarkDotNet.Attributes;
using Rampart.Waf.Engine;

namespace Rampart.WafBenchmarks;

/// <summary>What the web ACL of bench/waf-load.sh costs per request inside the engine, without the gateway around it.</summary>
[MemoryDiagnoser]
public class WebAclEvaluationBenchmarks
{
    private readonly CompiledWebAcl acl = BenchmarkWebAcl.Compile();
    private readonly WafRequest request = BenchmarkWebAcl.Request();
    private readonly WafRuntime runtime = new();

    [Benchmark]
    public WafVerdict Evaluate() => acl.Evaluate(request, runtime);
}

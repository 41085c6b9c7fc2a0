using System.Runtime.Versioning;
using System.Text.Json;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Audit;

/// <summary>A clean shutdown in the middle of a burst of calls loses no audit event: every call that got an answer
/// is in the event history after a restart.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class AuditShutdownEndToEndTests : IDisposable
{
    private readonly TempDirectory data = new("audit-shutdown");

    [Fact]
    public async Task Every_answered_call_is_in_the_history_after_a_sigterm_during_a_burst()
    {
        List<string> answered;
        await using (var server = await RampartProcess.StartAsync(data.Path))
        {
            var started = data.File("burst-started");
            var environment = new Dictionary<string, string>(server.ClientEnvironment) { ["BURST_STARTED"] = started };
            var burst = ExternalTools.PythonAsync("""
                import json, os, threading, time, boto3, botocore.exceptions
                from botocore.config import Config
                client = boto3.client("sts", config=Config(retries={"max_attempts": 1}, connect_timeout=2, read_timeout=5))
                answered, lock, deadline = [], threading.Lock(), time.time() + 30
                def call_until_the_server_is_gone():
                    while time.time() < deadline:
                        try:
                            request_id = client.get_caller_identity()["ResponseMetadata"]["RequestId"]
                        except botocore.exceptions.ClientError:
                            continue
                        except Exception:
                            return
                        with lock:
                            answered.append(request_id)
                            if len(answered) == 100:
                                open(os.environ["BURST_STARTED"], "w").close()
                threads = [threading.Thread(target=call_until_the_server_is_gone) for _ in range(8)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                print(json.dumps(answered))
                """, environment);
            while (!File.Exists(started) && !burst.IsCompleted)
            {
                await Task.Delay(50);
            }

            Assert.Equal(0, await server.StopAsync());
            var result = await burst;
            Assert.True(result.ExitCode == 0, result.ToString());
            answered = JsonSerializer.Deserialize<List<string>>(result.Output)!;
        }
        Assert.NotEmpty(answered);

        await using var restarted = await RampartProcess.StartAsync(data.Path);
        var history = await ExternalTools.PythonAsync("""
            import json, boto3
            pages = boto3.client("cloudtrail").get_paginator("lookup_events").paginate(
                LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "GetCallerIdentity"}])
            print(json.dumps([json.loads(e["CloudTrailEvent"])["requestID"] for page in pages for e in page["Events"]]))
            """, restarted.ClientEnvironment);

        Assert.True(history.ExitCode == 0, history.ToString());
        var recorded = JsonSerializer.Deserialize<List<string>>(history.Output)!.ToHashSet();
        Assert.Subset(recorded, answered.ToHashSet());
    }

    public void Dispose() => data.Dispose();
}

using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rampart.Audit;
using Rampart.Protocol;
using Rampart.Protocol.Models;
using Rampart.Storage.Events;

namespace Rampart.Tests.Audit;

public class LoggedRecordTests
{
    private readonly CloudTrailRecordBuilder builder = new(ServiceCatalog.Default);

    [Fact]
    public void Stores_neither_what_the_row_holds_nor_fields_at_their_usual_value()
    {
        var record = builder.Build(AuditEntries.Call("sts", "GetCallerIdentity", request: [], readOnly: true), "01a209e0-441b-7910-a7c6-4362d2105300");

        var stored = CloudTrailRecordJson.Parse(CloudTrailRecordJson.Logged(record).Json);

        Assert.Equal(
            ["eventVersion", "userIdentity", "sourceIPAddress", "userAgent", "requestID", "managementEvent"],
            stored.Select(p => p.Key));
        Assert.Equal(["type", "principalId", "arn", "accountId"], stored["userIdentity"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Reads_back_the_whole_record_in_CloudTrails_order()
    {
        var time = new DateTimeOffset(2024, 5, 1, 12, 34, 56, TimeSpan.Zero);
        AuditEntry[] entries =
        [
            AuditEntries.Call("iam", "CreateUser",
                request: new JsonObject { ["UserName"] = "alice", ["Path"] = "/ops/" },
                response: new JsonObject { ["User"] = new JsonObject { ["UserName"] = "alice", ["UserId"] = "AIDAALICE" } },
                resources: ["arn:aws:iam::123456789012:user/ops/alice"],
                time: time,
                region: "eu-west-3",
                tls: new TlsDetails("TLSv1.3", "TLS_AES_128_GCM_SHA256", "127.0.0.1:4580")),
            AuditEntries.Call("iam", "GetUser", request: new JsonObject { ["UserName"] = "nobody" }, time: time,
                error: new ServiceError("NoSuchEntity", "The user with name nobody cannot be found.", 404)),
            AuditEntries.Call("sts", "GetCallerIdentity", request: [], readOnly: true, region: "ap-southeast-2", time: time),
        ];
        foreach (var entry in entries)
        {
            var record = builder.Build(entry, Guid.NewGuid().ToString());

            var read = LoggedRecord.Read(CloudTrailRecordJson.Logged(record));

            Assert.Equal(LoggedRecord.Json(record), LoggedRecord.Json(read));
            Assert.Equal(record.EventId, read.EventId);
            Assert.Equal("2024-05-01T12:34:56Z", read.EventTime);
            Assert.Equal(record.AwsRegion, read.AwsRegion);
            Assert.Equal(AuditEntries.Account, read.RecipientAccountId);
        }
    }

    [Fact]
    public void Keeps_fields_that_hold_other_than_their_usual_value()
    {
        var record = builder.Build(AuditEntries.Call("kms", "RotateKey", readOnly: false), "id") with
        {
            EventType = "AwsServiceEvent",
            ManagementEvent = false,
            EventCategory = "Data",
            RequestParameters = new JsonObject { ["keyId"] = "k" },
        };

        var logged = CloudTrailRecordJson.Logged(record);
        var read = LoggedRecord.Read(logged);

        var stored = CloudTrailRecordJson.Parse(logged.Json);
        Assert.Equal("AwsServiceEvent", (string?)stored["eventType"]);
        Assert.False((bool)stored["managementEvent"]!);
        Assert.Equal("Data", (string?)stored["eventCategory"]);
        Assert.Equal(("AwsServiceEvent", false, "Data"), (read.EventType, read.ManagementEvent, read.EventCategory));
        Assert.Equal(LoggedRecord.Json(record), LoggedRecord.Json(read));
    }

    [Fact]
    public void Reads_whole_documents_written_by_earlier_versions_as_they_are()
    {
        const string earlier = """{"eventVersion":"1.11","userIdentity":{"type":"Root","principalId":"417262499617","arn":"arn:aws:iam::417262499617:root","accountId":"417262499617","accessKeyId":"AKIAXC3SZ2R5554DDUOP"},"eventTime":"2026-11-23T19:27:02Z","eventSource":"sts.amazonaws.com","eventName":"GetCallerIdentity","awsRegion":"us-east-1","sourceIPAddress":"127.0.0.1","requestParameters":null,"responseElements":null,"requestID":"e098a429-5475-475b-aa59-ddbb67deb30e","eventID":"01a209e0-441b-7910-a7c6-4362d2105300","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"417262499617","eventCategory":"Management"}""";
        var logged = new LoggedEvent(
            "01a209e0-441b-7910-a7c6-4362d2105300", new DateTimeOffset(2026, 11, 23, 19, 27, 2, TimeSpan.Zero), "417262499617/us-east-1", earlier,
            [new("EventName", "GetCallerIdentity"), new("EventSource", "sts.amazonaws.com"), new("Username", "root"),
             new("AccessKeyId", "AKIAXC3SZ2R5554DDUOP"), new("ReadOnly", "true")]);

        Assert.Equal(earlier, LoggedRecord.Json(LoggedRecord.Read(logged)));
    }

    /// <summary>Whatever the caller sent (any text in names, parameters, agents and regions), the record reads back
    /// exactly as it was built.</summary>
    [Property(MaxTest = 200)]
    public Property Any_record_reads_back_as_it_was_built() => Prop.ForAll(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Three().ToArbitrary(),
        values =>
        {
            var (userAgent, parameter, region) = values;
            var entry = AuditEntries.Call("kms", "CreateKey", request: new JsonObject { ["Description"] = parameter },
                region: region, readOnly: parameter.Length % 2 == 0) with
            { UserAgent = userAgent };
            var record = builder.Build(entry, Guid.NewGuid().ToString());
            return LoggedRecord.Json(LoggedRecord.Read(CloudTrailRecordJson.Logged(record))) == LoggedRecord.Json(record);
        });
}

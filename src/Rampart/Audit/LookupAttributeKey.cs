namespace Rampart.Audit;

/// <summary>The attributes LookupEvents can filter on; the member names are the API's AttributeKey values and the
/// names under which the event log indexes them.</summary>
public enum LookupAttributeKey
{
    EventId,
    EventName,
    ReadOnly,
    Username,
    ResourceType,
    ResourceName,
    EventSource,
    AccessKeyId,
}

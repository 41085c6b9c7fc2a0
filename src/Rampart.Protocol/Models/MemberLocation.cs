namespace Rampart.Protocol.Models;

/// <summary>Where a member travels in a REST request or response.</summary>
public enum MemberLocation
{
    Body,
    Uri,
    QueryString,
    Header,
    Headers,
    StatusCode,
}

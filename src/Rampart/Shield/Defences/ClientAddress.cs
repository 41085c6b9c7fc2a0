using System.Net;

namespace Rampart.Shield.Defences;

/// <summary>The address a defence keys a client by: IPv4 clients on a dual-stack socket as plain IPv4.</summary>
public static class ClientAddress
{
    public static IPAddress Of(EndPoint? endPoint) => endPoint is IPEndPoint ip ? Normalize(ip.Address) : IPAddress.None;

    public static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}

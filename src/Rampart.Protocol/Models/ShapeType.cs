namespace Rampart.Protocol.Models;

/// <summary>The type of a shape in an AWS API model.</summary>
public enum ShapeType
{
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Boolean,
    Double,
    Float,
    Timestamp,
    Blob,
}

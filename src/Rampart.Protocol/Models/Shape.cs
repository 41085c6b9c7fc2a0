using System.Text.RegularExpressions;

namespace Rampart.Protocol.Models;

/// <summary>A shape of an AWS API model with the traits the codecs and the validator use.
/// Shapes may be recursive (WAFv2 statements nest), so members are wired after every shape exists.</summary>
public sealed class Shape
{
    private static readonly IReadOnlyDictionary<string, MemberModel> NoMembers = new Dictionary<string, MemberModel>();
    private readonly Lazy<Regex?> patternRegex;

    internal Shape(string name, ShapeType type)
    {
        Name = name;
        Type = type;
        patternRegex = new Lazy<Regex?>(() => Pattern is null ? null : ModelPattern.Compile(Pattern));
    }

    public string Name { get; }
    public ShapeType Type { get; }

    /// <summary>Structure members in model order.</summary>
    public IReadOnlyList<MemberModel> Members { get; internal set; } = [];
    public IReadOnlyDictionary<string, MemberModel> MembersByName { get; internal set; } = NoMembers;
    /// <summary>Structure members by their name in JSON bodies (locationName when set).</summary>
    public IReadOnlyDictionary<string, MemberModel> MembersByWireName { get; internal set; } = NoMembers;
    public MemberModel? ListMember { get; internal set; }
    public MemberModel? MapKey { get; internal set; }
    public MemberModel? MapValue { get; internal set; }

    /// <summary>Minimum length (strings, blobs, lists, maps) or value (numbers).</summary>
    public double? Min { get; internal set; }
    /// <summary>Maximum length (strings, blobs, lists, maps) or value (numbers).</summary>
    public double? Max { get; internal set; }
    public string? Pattern { get; internal set; }
    public IReadOnlyList<string>? EnumValues { get; internal set; }
    public bool Sensitive { get; internal set; }
    public bool Flattened { get; internal set; }
    public bool IsDocument { get; internal set; }
    public bool IsUnion { get; internal set; }
    public string? TimestampFormat { get; internal set; }
    /// <summary>The member that is the whole HTTP payload (REST protocols).</summary>
    public string? PayloadMember { get; internal set; }

    public bool IsException { get; internal set; }
    /// <summary>The error code on the wire when it differs from the shape name (Query errors such as NoSuchEntity).</summary>
    public string? ErrorCode { get; internal set; }
    public int? ErrorStatusCode { get; internal set; }
    public bool ErrorSenderFault { get; internal set; }

    /// <summary>The compiled pattern, anchored to the whole value as AWS (Java) matches it; null when the
    /// model has none or it cannot be expressed in .NET.</summary>
    public Regex? PatternRegex => patternRegex.Value;

    public bool IsNumber => Type is ShapeType.Integer or ShapeType.Long or ShapeType.Double or ShapeType.Float;

    public override string ToString() => $"{Name} ({Type})";
}

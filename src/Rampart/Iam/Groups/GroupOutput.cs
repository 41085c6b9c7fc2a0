namespace Rampart.Iam.Groups;

/// <summary>The model's Group shape.</summary>
public sealed record GroupOutput(string Path, string GroupName, string GroupId, string Arn, DateTimeOffset CreateDate)
{
    public static GroupOutput Of(GroupRecord group) => new(group.Path, group.GroupName, group.GroupId, group.Arn, group.CreateDate);
}

using Rampart.Iam.Policies;

namespace Rampart.Iam.LastAccessed;

/// <summary>A user or role whose calls count in a report (the model's EntityInfo).</summary>
public sealed record SubjectEntity(HolderKind Kind, string Name, string Id, string Path, string Arn);

namespace Rampart.Organizations.Tree;

/// <summary>The account whose root user has an email (collection <see cref="Common.OrgCollections.Email"/>, key = the email in lower case).</summary>
public sealed record EmailEntry(string AccountId);

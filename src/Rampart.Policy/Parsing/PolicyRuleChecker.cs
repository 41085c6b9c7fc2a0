namespace Rampart.Policy.Parsing;

/// <summary>Applies the rules beyond grammar, in the order IAM applies them, so a document breaking several rules
/// gets the message IAM gives: version, then the legacy parser (exact-case Effect, Date values, ARN shapes), then
/// the rules of the kind about Principal and Resource, statement IDs, presence of actions and resources, and last
/// the format of resources, actions and principals. Condition keys are not checked: IAM accepts any key.</summary>
internal static class PolicyRuleChecker
{
    public static void Check(DocumentSyntax document, PolicyKind kind)
    {
        CheckVersion(document, kind);
        var resourceProblem = CheckLegacyParsing(document);
        foreach (var statement in document.Statements)
        {
            CheckPrincipalAndResourcePresence(statement, kind);
        }

        CheckStatementIds(document, kind);
        foreach (var statement in document.Statements)
        {
            if (IsEmpty(statement.Action) && IsEmpty(statement.NotAction))
            {
                Fail(PolicyMessages.MissingActions);
            }
        }

        if (!KindRules.ForbidsResource(kind))
        {
            foreach (var statement in document.Statements)
            {
                if (IsEmpty(statement.Resource) && IsEmpty(statement.NotResource))
                {
                    Fail(PolicyMessages.MissingResources);
                }
            }
        }

        FailIf(resourceProblem);
        foreach (var statement in document.Statements)
        {
            CheckFormats(statement, kind);
        }
    }

    private static void CheckVersion(DocumentSyntax document, PolicyKind kind)
    {
        if (KindRules.RequiresCurrentVersion(kind) && document.Version != PolicyVersions.Current)
        {
            Fail(PolicyMessages.VersionTooOld);
        }
    }

    /// <summary>Runs the legacy parser's checks and returns the first resource format problem, which IAM reports
    /// only after the presence checks. Once a resource has a problem the legacy parser no longer reads resources.</summary>
    private static string? CheckLegacyParsing(DocumentSyntax document)
    {
        string? resourceProblem = null;
        foreach (var statement in document.Statements)
        {
            if (statement.Effect is not ("Allow" or "Deny") || !statement.Conditions.All(PassesLegacyDateParsing))
            {
                Fail(PolicyMessages.LegacyParsingFailed);
            }
        }

        foreach (var statement in document.Statements)
        {
            foreach (var resources in new[] { statement.Resource, statement.NotResource })
            {
                if (resources is null)
                {
                    continue;
                }

                resourceProblem ??= resources.Select(ResourceFormat.Problem).FirstOrDefault(problem => problem is not null);
                if (resourceProblem is null && !resources.All(ResourceFormat.PassesLegacyParsing))
                {
                    Fail(PolicyMessages.LegacyParsingFailed);
                }
            }
        }

        return resourceProblem;
    }

    private static bool PassesLegacyDateParsing(ConditionSyntax condition) =>
        !ConditionOperatorName.BaseOf(condition.Operator, out _).StartsWith("Date", StringComparison.Ordinal)
        || condition.Values.All(LegacyDateValue.IsValid);

    private static void CheckPrincipalAndResourcePresence(StatementSyntax statement, PolicyKind kind)
    {
        if (KindRules.ForbidsPrincipal(kind))
        {
            if (statement.Principal is not null || statement.NotPrincipal is not null)
            {
                Fail(kind == PolicyKind.ServiceControl
                    ? PolicyMessages.ProhibitedField(statement.Principal is not null ? "Principal" : "NotPrincipal")
                    : PolicyMessages.PrincipalNotAllowed);
            }
        }

        if (KindRules.ForbidsNotPrincipal(kind) && statement.NotPrincipal is not null)
        {
            Fail(PolicyMessages.ProhibitedField("NotPrincipal"));
        }

        if (KindRules.ForbidsResource(kind))
        {
            if (statement.Resource is not null)
            {
                Fail(PolicyMessages.ProhibitedField("Resource"));
            }

            if (statement.NotResource is not null)
            {
                Fail(PolicyMessages.ProhibitedField("NotResource"));
            }
        }

        if (KindRules.RequiresPrincipal(kind) && statement.Principal is null && statement.NotPrincipal is null)
        {
            // IAM words CreateRole's and UpdateAssumeRolePolicy's rejection through its internal policy exception.
            Fail(kind == PolicyKind.Trust ? PolicyMessages.TrustPolicyWithoutPrincipal : PolicyMessages.MissingPrincipal);
        }

        if (kind == PolicyKind.ResourceControl)
        {
            ResourceControlRules.Check(statement);
        }
    }

    private static void CheckStatementIds(DocumentSyntax document, PolicyKind kind)
    {
        if (KindRules.RequiresUniqueSids(kind))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in document.Statements)
            {
                if (!string.IsNullOrEmpty(statement.Sid) && !seen.Add(statement.Sid))
                {
                    Fail(PolicyMessages.SidsNotUnique);
                }
            }
        }

        if (KindRules.RequiresAlphanumericSid(kind))
        {
            foreach (var statement in document.Statements)
            {
                if (statement.Sid is not null && !statement.Sid.All(char.IsAsciiLetterOrDigit))
                {
                    Fail(PolicyMessages.SidNotAlphanumeric);
                }
            }
        }
    }

    private static void CheckFormats(StatementSyntax statement, PolicyKind kind)
    {
        foreach (var action in (statement.Action ?? []).Concat(statement.NotAction ?? []))
        {
            FailIf(ActionFormat.Problem(action));
            if (kind == PolicyKind.Trust && !IsTrustPolicyAction(action))
            {
                Fail(PolicyMessages.TrustPolicyActions);
            }
        }

        CheckPrincipalValues(statement.Principal, kind);
        CheckPrincipalValues(statement.NotPrincipal, kind);
    }

    /// <summary>A trust policy governs calls to STS on the role, so its actions must be STS actions.</summary>
    private static bool IsTrustPolicyAction(string action) =>
        action == "*" || action.AsSpan(0, action.IndexOf(':')).Equals("sts", StringComparison.OrdinalIgnoreCase);

    private static void CheckPrincipalValues(PrincipalSyntax? principal, PolicyKind kind)
    {
        if (principal is null)
        {
            return;
        }

        foreach (var (type, values) in principal.ByType)
        {
            foreach (var value in values)
            {
                if (!PrincipalFormat.IsValid(type, value))
                {
                    Fail(kind == PolicyKind.KeyPolicy ? PolicyMessages.KeyPolicyInvalidPrincipals : PolicyMessages.InvalidPrincipal(type, value));
                }
            }
        }
    }

    private static bool IsEmpty(IReadOnlyList<string>? values) => values is null || values.Count == 0;

    private static void FailIf(string? problem)
    {
        if (problem is not null)
        {
            Fail(problem);
        }
    }

    private static void Fail(string message) => throw new MalformedPolicyException(message);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Waf.Engine.Managed;
using static Rampart.Waf.Engine.Managed.RuleJson;

namespace Rampart.Waf.Engine;

/// <summary>
/// The managed rule groups Rampart ships under AWS's names (vendor AWS), with AWS's rule names, labels and published
/// capacities. The rules themselves are Rampart's own, written in ordinary WAFv2 statements.
/// </summary>
public sealed class ManagedRuleGroupCatalog
{
    public const string AwsVendor = "AWS";

    private readonly Dictionary<string, ManagedRuleGroup> byName;

    public ManagedRuleGroupCatalog(IpReputationLists? ipLists = null)
    {
        ipLists ??= IpReputationLists.Empty;
        Groups =
        [
            CommonRuleSet(),
            SqlDatabaseRuleSet(),
            KnownBadInputsRuleSet(),
            AdminProtectionRuleSet(),
            IpListGroup("AWSManagedRulesAmazonIpReputationList", 25, "amazon-ip-list",
                "Blocks addresses known for bots, reconnaissance and DDoS activity (the operator supplies the lists).",
                [("AWSManagedIPReputationList", ipLists.Reputation, "Block"),
                 ("AWSManagedReconnaissanceList", ipLists.Reconnaissance, "Block"),
                 ("AWSManagedIPDDoSList", ipLists.DDoS, "Count")]),
            IpListGroup("AWSManagedRulesAnonymousIpList", 50, "anonymous-ip-list",
                "Blocks requests from services that hide the client's identity and from hosting providers (the operator supplies the lists).",
                [("AnonymousIPList", ipLists.Anonymous, "Block"),
                 ("HostingProviderIPList", ipLists.HostingProviders, "Block")]),
        ];
        byName = Groups.ToDictionary(g => g.Name, StringComparer.Ordinal);
    }

    /// <summary>The catalog with empty IP reputation lists.</summary>
    public static ManagedRuleGroupCatalog Default { get; } = new();

    public IReadOnlyList<ManagedRuleGroup> Groups { get; }

    /// <summary>The group with that vendor and name (both case-sensitive, as AWS WAF matches them), or null.</summary>
    public ManagedRuleGroup? Find(string vendorName, string name) =>
        vendorName == AwsVendor && byName.TryGetValue(name, out var group) ? group : null;

    private static ManagedRuleGroup Describe(
        string name,
        string description,
        long capacity,
        string ns,
        bool versioned,
        IReadOnlyList<JsonObject> rules,
        WafReferences? references = null)
    {
        var labelNamespace = $"awswaf:managed:aws:{ns}:";
        var summaries = rules.Select(r => new ManagedRuleSummary(
            r["Name"]!.GetValue<string>(),
            Enum.Parse<WafAction>(((JsonObject)r["Action"]!).First().Key))).ToList();
        var labels = rules.Select(r => labelNamespace + r["RuleLabels"]![0]!["Name"]!.GetValue<string>()).ToList();
        return new ManagedRuleGroup(AwsVendor, name, description, capacity, labelNamespace, versioned,
            versioned ? ["Version_1.0"] : [], summaries, labels, [])
        {
            RuleGroup = Group(name, capacity, labelNamespace, rules),
            References = references ?? WafReferences.None,
        };
    }

    private static ManagedRuleGroup CommonRuleSet()
    {
        const string ssrf = "169.254.169.254";
        const string lfi = @"(?:\.\./|\.\.\\|%2e%2e%2f|/etc/passwd|/proc/self/|c:\\windows\\)";
        const string rfi = @"^(?:https?|ftp)://(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?/";
        const string extensions = @"\.(?:log|ini|bak|backup|cfg|conf|config|sql|old|orig|swp|tmp|db|sqlite|env|git|svn|htaccess|htpasswd)(?:$|[?#&;])";
        const string badBots = "(?:nessus|nmap|sqlmap|nikto|masscan|zgrab|dirbuster|gobuster|wpscan|acunetix|netsparker|havij|w3af|openvas|nuclei)";
        string[] decode = ["URL_DECODE", "HTML_ENTITY_DECODE"];
        List<JsonObject> rules =
        [
            Rule("NoUserAgent_HEADER", "NoUserAgent_Header", Not(Size(Field("SingleHeader", "user-agent"), "GT", 0))),
            Rule("UserAgent_BadBots_HEADER", "BadBots_Header", Regex(Field("SingleHeader", "user-agent"), badBots, "LOWERCASE")),
            Rule("SizeRestrictions_QUERYSTRING", "SizeRestrictions_QueryString", Size(Field("QueryString"), "GT", 2048)),
            Rule("SizeRestrictions_Cookie_HEADER", "SizeRestrictions_Cookie_Header", Size(Field("SingleHeader", "cookie"), "GT", 10240)),
            Rule("SizeRestrictions_BODY", "SizeRestrictions_Body", Size(Body(), "GT", 8192)),
            Rule("SizeRestrictions_URIPATH", "SizeRestrictions_URIPath", Size(Field("UriPath"), "GT", 1024)),
            Rule("EC2MetaDataSSRF_BODY", "EC2MetaDataSSRF_Body", ByteMatch(Body(), ssrf, "CONTAINS", "URL_DECODE")),
            Rule("EC2MetaDataSSRF_COOKIE", "EC2MetaDataSSRF_Cookie", ByteMatch(AllCookies(), ssrf, "CONTAINS", "URL_DECODE")),
            Rule("EC2MetaDataSSRF_URIPATH", "EC2MetaDataSSRF_URIPath", ByteMatch(Field("UriPath"), ssrf, "CONTAINS", "URL_DECODE")),
            Rule("EC2MetaDataSSRF_QUERYARGUMENTS", "EC2MetaDataSSRF_QueryArguments", ByteMatch(Field("AllQueryArguments"), ssrf, "CONTAINS", "URL_DECODE")),
            Rule("GenericLFI_QUERYARGUMENTS", "GenericLFI_QueryArguments", Regex(Field("AllQueryArguments"), lfi, "URL_DECODE", "LOWERCASE")),
            Rule("GenericLFI_URIPATH", "GenericLFI_URIPath", Regex(Field("UriPath"), lfi, "URL_DECODE", "LOWERCASE")),
            Rule("GenericLFI_BODY", "GenericLFI_Body", Regex(Body(), lfi, "URL_DECODE", "LOWERCASE")),
            Rule("RestrictedExtensions_URIPATH", "RestrictedExtensions_URIPath", Regex(Field("UriPath"), extensions, "URL_DECODE", "LOWERCASE")),
            Rule("RestrictedExtensions_QUERYARGUMENTS", "RestrictedExtensions_QueryArguments", Regex(Field("AllQueryArguments"), extensions, "URL_DECODE", "LOWERCASE")),
            Rule("GenericRFI_QUERYARGUMENTS", "GenericRFI_QueryArguments", Regex(Field("AllQueryArguments"), rfi, "URL_DECODE", "LOWERCASE")),
            Rule("GenericRFI_BODY", "GenericRFI_Body", Regex(Body(), rfi, "URL_DECODE", "LOWERCASE")),
            Rule("GenericRFI_URIPATH", "GenericRFI_URIPath", Regex(Field("UriPath"), @"(?:https?|ftp)://(?:\d{1,3}\.){3}\d{1,3}", "URL_DECODE", "LOWERCASE")),
            Rule("CrossSiteScripting_COOKIE", "CrossSiteScripting_Cookie", Xss(AllCookies(), decode)),
            Rule("CrossSiteScripting_QUERYARGUMENTS", "CrossSiteScripting_QueryArguments", Xss(Field("AllQueryArguments"), decode)),
            Rule("CrossSiteScripting_BODY", "CrossSiteScripting_Body", Xss(Body(), decode)),
            Rule("CrossSiteScripting_URIPATH", "CrossSiteScripting_URIPath", Xss(Field("UriPath"), decode)),
        ];
        return Describe("AWSManagedRulesCommonRuleSet",
            "Contains rules that are generally applicable to web applications. This provides protection against exploitation of a wide range of vulnerabilities, including those described in OWASP publications.",
            700, "core-rule-set", true, rules);
    }

    private static ManagedRuleGroup SqlDatabaseRuleSet()
    {
        string[] decode = ["URL_DECODE", "HTML_ENTITY_DECODE"];
        const string extended = @"(?:\bunion\b[\s\S]{0,40}\bselect\b|\b(?:sleep|benchmark|pg_sleep|load_file|extractvalue|updatexml)\s*\(|\bwaitfor\s+delay\b|@@version|\binformation_schema\b|\bxp_cmdshell\b|;\s*(?:drop|shutdown|exec)\b)";
        List<JsonObject> rules =
        [
            Rule("SQLiExtendedPatterns_QUERYARGUMENTS", "SQLiExtendedPatterns_QueryArguments", Regex(Field("AllQueryArguments"), extended, "URL_DECODE", "HTML_ENTITY_DECODE", "REPLACE_COMMENTS", "LOWERCASE")),
            Rule("SQLi_QUERYARGUMENTS", "SQLi_QueryArguments", Sqli(Field("AllQueryArguments"), "HIGH", decode)),
            Rule("SQLi_BODY", "SQLi_Body", Sqli(Body(), "HIGH", decode)),
            Rule("SQLiExtendedPatterns_BODY", "SQLiExtendedPatterns_Body", Regex(Body(), extended, "URL_DECODE", "HTML_ENTITY_DECODE", "REPLACE_COMMENTS", "LOWERCASE")),
            Rule("SQLi_COOKIE", "SQLi_Cookie", Sqli(AllCookies(), "HIGH", decode)),
            Rule("SQLi_URIPATH", "SQLi_URIPath", Sqli(Field("UriPath"), "LOW", "URL_DECODE")),
        ];
        return Describe("AWSManagedRulesSQLiRuleSet",
            "Contains rules that allow you to block request patterns associated with exploitation of SQL databases, like SQL injection attacks.",
            200, "sql-database", true, rules);
    }

    private static ManagedRuleGroup KnownBadInputsRuleSet()
    {
        const string javaDeserialization = @"(?:java\.lang\.runtime|java\.lang\.processbuilder|rO0AB|aced0005|\(java\.lang\.)";
        const string log4j = @"\$\{(?:[^}]{0,20}:)?(?:j|\$\{[^}]*\})(?:[^}]{0,20})?(?:n|\$\{[^}]*\})(?:[^}]{0,20})?(?:d|\$\{[^}]*\})(?:[^}]{0,20})?(?:i|\$\{[^}]*\})";
        const string exploitablePaths = @"^/(?:web-inf|meta-inf)/|/(?:jmx-console|jbossws|invoker/jmxinvokerservlet|admin-console|web-console|manager/html)(?:/|$)";
        string[] decode = ["URL_DECODE_UNI", "HTML_ENTITY_DECODE", "LOWERCASE"];
        List<JsonObject> rules =
        [
            Rule("JavaDeserializationRCE_HEADER", "JavaDeserializationRCE_Header", Regex(AllHeaders(), javaDeserialization, "URL_DECODE_UNI", "HTML_ENTITY_DECODE")),
            Rule("JavaDeserializationRCE_BODY", "JavaDeserializationRCE_Body", Regex(Body(), javaDeserialization, "URL_DECODE_UNI", "HTML_ENTITY_DECODE")),
            Rule("JavaDeserializationRCE_URIPATH", "JavaDeserializationRCE_URIPath", Regex(Field("UriPath"), javaDeserialization, "URL_DECODE_UNI")),
            Rule("JavaDeserializationRCE_QUERYSTRING", "JavaDeserializationRCE_QueryString", Regex(Field("QueryString"), javaDeserialization, "URL_DECODE_UNI")),
            Rule("Host_localhost_HEADER", "Host_Localhost_Header", Regex(Field("SingleHeader", "host"), @"^(?:localhost|127\.0\.0\.1|\[?::1\]?)(?::\d+)?$", "LOWERCASE")),
            Rule("PROPFIND_METHOD", "Propfind_Method", ByteMatch(Field("Method"), "PROPFIND", "EXACTLY")),
            Rule("ExploitablePaths_URIPATH", "ExploitablePaths_URIPath", Regex(Field("UriPath"), exploitablePaths, "URL_DECODE", "LOWERCASE")),
            Rule("Log4JRCE_HEADER", "Log4JRCE_Header", Regex(AllHeaders(), log4j, decode)),
            Rule("Log4JRCE_QUERYSTRING", "Log4JRCE_QueryString", Regex(Field("QueryString"), log4j, decode)),
            Rule("Log4JRCE_BODY", "Log4JRCE_Body", Regex(Body(), log4j, decode)),
            Rule("Log4JRCE_URIPATH", "Log4JRCE_URIPath", Regex(Field("UriPath"), log4j, decode)),
        ];
        return Describe("AWSManagedRulesKnownBadInputsRuleSet",
            "Contains rules that allow you to block request patterns that are known to be invalid and are associated with exploitation or discovery of vulnerabilities.",
            200, "known-bad-inputs", true, rules);
    }

    private static ManagedRuleGroup AdminProtectionRuleSet()
    {
        const string adminPaths = @"^/(?:admin|administrator|wp-admin|phpmyadmin|adminer|manager|console|_admin|admin\.php|admin-console)(?:/|$|\.)";
        List<JsonObject> rules =
        [
            Rule("AdminProtection_URIPATH", "AdminProtection_URIPath", Regex(Field("UriPath"), adminPaths, "URL_DECODE", "LOWERCASE")),
        ];
        return Describe("AWSManagedRulesAdminProtectionRuleSet",
            "Contains rules that allow you to block external access to exposed admin pages.",
            100, "admin-protection", true, rules);
    }

    private static ManagedRuleGroup IpListGroup(
        string name,
        long capacity,
        string ns,
        string description,
        IReadOnlyList<(string Rule, IReadOnlyList<string> Addresses, string Action)> lists)
    {
        var ipSets = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var rules = new List<JsonObject>();
        foreach (var (rule, addresses, action) in lists)
        {
            var v4 = addresses.Where(a => !a.Contains(':')).ToList();
            var v6 = addresses.Where(a => a.Contains(':')).ToList();
            ipSets[IpSetArn(rule + "-v4")] = IpSetShape(rule + "-v4", "IPV4", v4);
            ipSets[IpSetArn(rule + "-v6")] = IpSetShape(rule + "-v6", "IPV6", v6);
            rules.Add(Rule(rule, rule, Or(IpSet(IpSetArn(rule + "-v4")), IpSet(IpSetArn(rule + "-v6"))), action));
        }
        var references = new WafReferences(ipSets, new Dictionary<string, JsonElement>(), new Dictionary<string, JsonElement>());
        return Describe(name, description, capacity, ns, false, rules, references);
    }
}

namespace Rampart.Tests.Waf.Api;

/// <summary>boto3 scripts the WAFv2 end-to-end tests run; each prints one JSON object of what it observed.</summary>
public static class WafScripts
{
    /// <summary>Tags, logging configuration, a rule group's sharing policy, CAPTCHA API keys, managed rule groups and
    /// paging, with the error codes (and WAFInvalidParameterException's Field) boto3 raises.</summary>
    public const string Everything = """
        import json, boto3, botocore.exceptions
        from botocore.config import Config
        waf = boto3.client("wafv2", config=Config(retries={"max_attempts": 1}))
        seen = {}
        def error(call):
            try:
                call()
                return {"code": "ok"}
            except botocore.exceptions.ClientError as e:
                return {"code": e.response["Error"]["Code"], "field": e.response.get("Field")}
        visibility = {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": "m"}

        acl = waf.create_web_acl(Name="boto-acl", Scope="REGIONAL", DefaultAction={"Allow": {}}, VisibilityConfig=visibility,
                                 Tags=[{"Key": "team", "Value": "red"}, {"Key": "stage", "Value": "test"}])["Summary"]
        waf.untag_resource(ResourceARN=acl["ARN"], TagKeys=["stage"])
        seen["tagKeys"] = [t["Key"] for t in waf.list_tags_for_resource(ResourceARN=acl["ARN"])["TagInfoForResource"]["TagList"]]

        seen["badDestination"] = error(lambda: waf.put_logging_configuration(LoggingConfiguration={
            "ResourceArn": acl["ARN"], "LogDestinationConfigs": ["arn:aws:s3:::my-bucket"]}))
        waf.put_logging_configuration(LoggingConfiguration={
            "ResourceArn": acl["ARN"], "LogDestinationConfigs": ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-rampart"],
            "RedactedFields": [{"SingleHeader": {"Name": "authorization"}}]})
        seen["loggedTo"] = waf.get_logging_configuration(ResourceArn=acl["ARN"])["LoggingConfiguration"]["LogDestinationConfigs"][0]
        waf.delete_logging_configuration(ResourceArn=acl["ARN"])
        seen["afterLoggingDeleted"] = error(lambda: waf.get_logging_configuration(ResourceArn=acl["ARN"]))["code"]

        group = waf.create_rule_group(Name="shared", Scope="REGIONAL", Capacity=10, VisibilityConfig=visibility)["Summary"]
        wildcard = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
                    "Action": "wafv2:*"}]}
        seen["wildcardPolicy"] = error(lambda: waf.put_permission_policy(ResourceArn=group["ARN"], Policy=json.dumps(wildcard)))["code"]
        sharing = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
                   "Action": ["wafv2:CreateWebACL", "wafv2:UpdateWebACL", "wafv2:PutFirewallManagerRuleGroups", "wafv2:GetRuleGroup"]}]}
        waf.put_permission_policy(ResourceArn=group["ARN"], Policy=json.dumps(sharing))
        seen["policyStored"] = json.loads(waf.get_permission_policy(ResourceArn=group["ARN"])["Policy"]) == sharing

        key = waf.create_api_key(Scope="REGIONAL", TokenDomains=["shop.example.com"])["APIKey"]
        seen["keyDomains"] = waf.get_decrypted_api_key(Scope="REGIONAL", APIKey=key)["TokenDomains"]
        seen["keysListed"] = len(waf.list_api_keys(Scope="REGIONAL")["APIKeySummaries"])
        waf.delete_api_key(Scope="REGIONAL", APIKey=key)
        seen["deletedKey"] = error(lambda: waf.get_decrypted_api_key(Scope="REGIONAL", APIKey=key))["code"]

        seen["managed"] = [g["Name"] for g in waf.list_available_managed_rule_groups(Scope="REGIONAL")["ManagedRuleGroups"]]
        seen["commonCapacity"] = waf.describe_managed_rule_group(Scope="REGIONAL", VendorName="AWS", Name="AWSManagedRulesCommonRuleSet")["Capacity"]
        seen["vendorRuleSets"] = len(waf.list_managed_rule_sets(Scope="REGIONAL")["ManagedRuleSets"])

        for name in ["page-a", "page-b", "page-c"]:
            waf.create_regex_pattern_set(Name=name, Scope="REGIONAL", RegularExpressionList=[{"RegexString": "^/" + name}])
        names, marker = [], None
        while True:
            kwargs = {"Scope": "REGIONAL", "Limit": 1}
            if marker:
                kwargs["NextMarker"] = marker
            page = waf.list_regex_pattern_sets(**kwargs)
            names += [s["Name"] for s in page["RegexPatternSets"] if s["Name"].startswith("page-")]
            marker = page.get("NextMarker")
            if not marker:
                break
        seen["pagedNames"] = names
        print(json.dumps(seen))
        """;
}

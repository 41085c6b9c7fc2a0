"""Writes the benchmark's web ACL rules (20 of them) and the 10,000-CIDR IP set, as aws CLI JSON inputs.

usage: web_acl.py OUT_DIR  -> OUT_DIR/addresses.json; then web_acl.py OUT_DIR IP_SET_ARN REGEX_SET_ARN -> OUT_DIR/rules.json
"""
import base64
import json
import sys

out = sys.argv[1]


def visibility(name):
    return {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": name}


def rule(name, priority, statement, action="Block"):
    return {"Name": name, "Priority": priority, "Statement": statement, "Action": {action: {}}, "VisibilityConfig": visibility(name)}


def text(field, kind="NONE"):
    return {"FieldToMatch": field, "TextTransformations": [{"Priority": 0, "Type": kind}]}


def byte_match(value, field, constraint, kind="NONE"):
    return {"ByteMatchStatement": {"SearchString": base64.b64encode(value.encode()).decode(), "PositionalConstraint": constraint, **text(field, kind)}}


def regex(pattern, field, kind="NONE"):
    return {"RegexMatchStatement": {"RegexString": pattern, **text(field, kind)}}


if len(sys.argv) == 2:
    # 10,000 distinct /24 networks in 10.0.0.0/8 (data only: nothing is ever sent there).
    addresses = [f"10.{i // 256}.{i % 256}.0/24" for i in range(10_000)]
    json.dump(addresses, open(f"{out}/addresses.json", "w"))
    sys.exit(0)

ip_set_arn, regex_set_arn = sys.argv[2], sys.argv[3]
body = {"Body": {"OversizeHandling": "CONTINUE"}}
query = {"QueryString": {}}
path = {"UriPath": {}}
agent = {"SingleHeader": {"Name": "user-agent"}}
statements = [
    ("deny-list", {"IPSetReferenceStatement": {"ARN": ip_set_arn}}),
    ("per-ip-rate", {"RateBasedStatement": {"Limit": 2000000000, "EvaluationWindowSec": 300, "AggregateKeyType": "IP"}}),
    ("regex-admin", regex(r"^/(admin|wp-admin|phpmyadmin)(/|$)", path, "LOWERCASE")),
    ("regex-scripts", regex(r"\.(php|asp|aspx|jsp|cgi)$", path, "LOWERCASE")),
    ("regex-scanner", regex(r"(nikto|sqlmap|nmap|masscan|zgrab)", agent, "LOWERCASE")),
    ("regex-traversal", regex(r"\.\./|\.\.\\", query, "URL_DECODE")),
    ("regex-set", {"RegexPatternSetReferenceStatement": {"ARN": regex_set_arn, **text(body, "URL_DECODE")}}),
    ("sqli-query", {"SqliMatchStatement": text(query, "URL_DECODE")}),
    ("sqli-body", {"SqliMatchStatement": text(body, "URL_DECODE")}),
    ("xss-query", {"XssMatchStatement": text(query, "URL_DECODE")}),
    ("xss-body", {"XssMatchStatement": text(body, "URL_DECODE")}),
    ("sqli-args", {"SqliMatchStatement": text({"AllQueryArguments": {}}, "URL_DECODE")}),
    ("xss-path", {"XssMatchStatement": text(path, "URL_DECODE")}),
    ("body-size", {"SizeConstraintStatement": {"ComparisonOperator": "GT", "Size": 65536, **text(body)}}),
    ("query-size", {"SizeConstraintStatement": {"ComparisonOperator": "GT", "Size": 4096, **text(query)}}),
    ("no-trace", byte_match("TRACE", {"Method": {}}, "EXACTLY")),
    ("no-empty-agent", {"SizeConstraintStatement": {"ComparisonOperator": "EQ", "Size": 0, **text(agent)}}),
    ("path-dots", byte_match("/.", path, "CONTAINS", "URL_DECODE")),
    ("label-api", byte_match("/api/", path, "STARTS_WITH")),
    ("api-labelled", {"LabelMatchStatement": {"Scope": "LABEL", "Key": "rampart:label-api"}}),
]
rules = [rule(name, i, statement, "Count" if name in ("label-api", "api-labelled") else "Block") for i, (name, statement) in enumerate(statements)]
rules[18]["RuleLabels"] = [{"Name": "rampart:label-api"}]
json.dump(rules, open(f"{out}/rules.json", "w"))

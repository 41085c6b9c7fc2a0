namespace Rampart.Iam.Policies;

/// <summary>The AWS managed policies Rampart offers, by ARN. Their documents cover the services Rampart serves (IAM,
/// STS, Organizations, KMS, WAF, Shield, CloudTrail and the findings services) the way AWS's own versions do.</summary>
public static class AwsManagedPolicies
{
    private static readonly DateTimeOffset Published = new(2015, 2, 6, 18, 39, 46, TimeSpan.Zero);
    private static readonly DateTimeOffset Revised = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] ReadVerbs = ["Describe*", "Get*", "List*"];

    private static readonly string[] RampartServices =
        ["iam", "sts", "organizations", "kms", "wafv2", "shield", "cloudtrail", "securityhub", "guardduty", "inspector2", "artifact", "access-analyzer"];

    /// <summary>Every policy, ordered by name as ListPolicies returns them.</summary>
    public static IReadOnlyList<AwsManagedPolicy> All { get; } = Build();

    private static readonly Dictionary<string, AwsManagedPolicy> ByArn = All.ToDictionary(p => p.Arn, StringComparer.Ordinal);

    public static AwsManagedPolicy? Find(string arn) => ByArn.GetValueOrDefault(arn);

    private static AwsManagedPolicy[] Build()
    {
        AwsManagedPolicy[] policies =
        [
            Policy("AdministratorAccess", "Provides full access to AWS services and resources.", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "*",
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("PowerUserAccess", "Provides full access to AWS services and resources, but does not allow management of Users and groups.", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "NotAction": [
                                "iam:*",
                                "organizations:*",
                                "account:*"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "iam:CreateServiceLinkedRole",
                                "iam:DeleteServiceLinkedRole",
                                "iam:ListRoles",
                                "organizations:DescribeOrganization",
                                "account:ListRegions",
                                "account:GetAccountInformation"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("ReadOnlyAccess", "Provides read-only access to AWS services and resources.", ReadOnly(RampartServices, ["cloudtrail:LookupEvents", "iam:GenerateCredentialReport", "iam:SimulateCustomPolicy", "iam:SimulatePrincipalPolicy"])),
            Policy("SecurityAudit", "The security audit template grants access to read security configuration metadata. It is useful for software that audits the configuration of an AWS account.",
                ReadOnly(RampartServices, ["cloudtrail:LookupEvents", "iam:GenerateCredentialReport", "iam:GenerateServiceLastAccessedDetails"])),
            Policy("IAMFullAccess", "Provides full access to IAM via the AWS Management Console.", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "iam:*",
                                "organizations:DescribeAccount",
                                "organizations:DescribeOrganization",
                                "organizations:DescribeOrganizationalUnit",
                                "organizations:DescribePolicy",
                                "organizations:ListChildren",
                                "organizations:ListParents",
                                "organizations:ListPoliciesForTarget",
                                "organizations:ListRoots",
                                "organizations:ListPolicies",
                                "organizations:ListTargetsForPolicy"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("IAMReadOnlyAccess", "Provides read only access to IAM via the AWS Management Console.", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "iam:GenerateCredentialReport",
                                "iam:GenerateServiceLastAccessedDetails",
                                "iam:Get*",
                                "iam:List*",
                                "iam:SimulateCustomPolicy",
                                "iam:SimulatePrincipalPolicy"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("IAMUserChangePassword", "Provides the ability for an IAM user to change their own password.", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "iam:ChangePassword"
                            ],
                            "Resource": [
                                "arn:aws:iam::*:user/${aws:username}"
                            ]
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "iam:GetAccountPasswordPolicy"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("AWSDenyAll", "Denies all access.", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Deny",
                            "Action": "*",
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("AWSKeyManagementServicePowerUser", "Provides access to AWS Key Management Service (AWS KMS).", """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "kms:CreateAlias",
                                "kms:CreateKey",
                                "kms:DeleteAlias",
                                "kms:Describe*",
                                "kms:GenerateRandom",
                                "kms:Get*",
                                "kms:List*",
                                "kms:TagResource",
                                "kms:UntagResource",
                                "iam:ListGroups",
                                "iam:ListRoles",
                                "iam:ListUsers"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """),
            Policy("AWSOrganizationsFullAccess", "Provides full access to AWS Organizations.", FullAccess(["organizations:*", "account:*"])),
            Policy("AWSOrganizationsReadOnlyAccess", "Provides read-only access to AWS Organizations.", ReadOnly(["organizations"], [])),
            Policy("AWSCloudTrail_FullAccess", "Provides full access to AWS CloudTrail.", FullAccess(["cloudtrail:*"])),
            Policy("AWSCloudTrail_ReadOnlyAccess", "Provides read-only access to AWS CloudTrail.", ReadOnly(["cloudtrail"], ["cloudtrail:LookupEvents"])),
            Policy("AWSWAFFullAccess", "Provides full access to AWS WAF actions.", FullAccess(["wafv2:*", "shield:*"])),
            Policy("AWSWAFReadOnlyAccess", "Provides read-only access to AWS WAF actions.", ReadOnly(["wafv2", "shield"], [])),
            Policy("AWSSecurityHubFullAccess", "Provides full access to use AWS Security Hub.", FullAccess(["securityhub:*"])),
            Policy("AWSSecurityHubReadOnlyAccess", "Provides read-only access to AWS Security Hub resources.", ReadOnly(["securityhub"], [])),
            Policy("AmazonGuardDutyFullAccess", "Provides full access to use Amazon GuardDuty.", FullAccess(["guardduty:*"])),
            Policy("AmazonGuardDutyReadOnlyAccess", "Provides read only access to Amazon GuardDuty resources.", ReadOnly(["guardduty"], [])),
        ];
        return [.. policies.OrderBy(p => p.PolicyName, StringComparer.Ordinal)];
    }

    private static AwsManagedPolicy Policy(string name, string description, string document) =>
        new(name, "/", description, "v1", Published, Revised, document);

    private static string FullAccess(IReadOnlyList<string> actions) => Document(actions);

    private static string ReadOnly(IReadOnlyList<string> services, IReadOnlyList<string> extraActions) =>
        Document([.. services.SelectMany(service => ReadVerbs.Select(verb => service + ":" + verb)), .. extraActions]);

    private static string Document(IReadOnlyList<string> actions)
    {
        var list = string.Join(",\n", actions.Select(a => "                \"" + a + "\""));
        return "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\": \"Allow\",\n            \"Action\": [\n"
            + list + "\n            ],\n            \"Resource\": \"*\"\n        }\n    ]\n}";
    }
}

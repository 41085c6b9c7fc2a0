namespace Rampart.Tests.Kms;

/// <summary>boto3 scripts for grants, rotation and the newer key features; each prints one JSON object of what it observed.</summary>
public static class KmsFeatureScripts
{
    private const string Prelude = """
        import json, os, base64, time, boto3, botocore.exceptions
        from botocore.config import Config
        config = Config(retries={"max_attempts": 1})
        kms = boto3.client("kms", config=config)
        iam = boto3.client("iam", config=config)
        seen = {}
        def code(call):
            try:
                call()
                return "ok"
            except botocore.exceptions.ClientError as error:
                return error.response["Error"]["Code"]
        def user_client(name, service="kms"):
            iam.create_user(UserName=name)
            arn = iam.get_user(UserName=name)["User"]["Arn"]
            key = iam.create_access_key(UserName=name)["AccessKey"]
            return arn, boto3.client(service, config=config, aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])

        """;

    /// <summary>A user with no IAM policy uses a key only through a grant, within its operations and constraints.</summary>
    public const string Grants = Prelude + """
        key_id = kms.create_key(Description="granted")["KeyMetadata"]["KeyId"]
        grantee_arn, grantee = user_client("grantee")
        retirer_arn, retirer = user_client("retirer")
        context = {"App": "billing"}
        seen["beforeGrant"] = code(lambda: grantee.encrypt(KeyId=key_id, Plaintext=b"x", EncryptionContext=context))
        grant = kms.create_grant(KeyId=key_id, GranteePrincipal=grantee_arn, RetiringPrincipal=retirer_arn,
            Operations=["Encrypt", "Decrypt"], Constraints={"EncryptionContextSubset": {"app": "billing"}}, Name="billing-grant")
        token = grant["GrantToken"]
        seen["grantIdLength"] = len(grant["GrantId"])
        again = kms.create_grant(KeyId=key_id, GranteePrincipal=grantee_arn, RetiringPrincipal=retirer_arn,
            Operations=["Encrypt", "Decrypt"], Constraints={"EncryptionContextSubset": {"app": "billing"}}, Name="billing-grant")
        seen["idempotent"] = again["GrantId"] == grant["GrantId"]
        blob = grantee.encrypt(KeyId=key_id, Plaintext=b"granted", EncryptionContext={"App": "billing", "extra": "1"}, GrantTokens=[token])["CiphertextBlob"]
        seen["decrypted"] = grantee.decrypt(CiphertextBlob=blob, EncryptionContext={"App": "billing", "extra": "1"}, GrantTokens=[token])["Plaintext"].decode()
        seen["withoutContext"] = code(lambda: grantee.encrypt(KeyId=key_id, Plaintext=b"x"))
        seen["wrongValue"] = code(lambda: grantee.encrypt(KeyId=key_id, Plaintext=b"x", EncryptionContext={"app": "BILLING"}))
        seen["notGranted"] = code(lambda: grantee.describe_key(KeyId=key_id))
        seen["badToken"] = code(lambda: grantee.encrypt(KeyId=key_id, Plaintext=b"x", EncryptionContext=context, GrantTokens=["not-a-token"]))
        listed = kms.list_grants(KeyId=key_id)["Grants"]
        seen["listed"] = [(g["Name"], g["GranteePrincipal"], sorted(g["Operations"]), g["Constraints"]) for g in listed]
        seen["retirable"] = [g["GrantId"] == grant["GrantId"] for g in kms.list_retirable_grants(RetiringPrincipal=retirer_arn)["Grants"]]
        seen["byGrantee"] = len(kms.list_grants(KeyId=key_id, GranteePrincipal=retirer_arn)["Grants"])
        seen["granteeRetires"] = code(lambda: grantee.retire_grant(GrantToken=token))
        seen["retire"] = code(lambda: retirer.retire_grant(GrantToken=token))
        seen["afterRetire"] = code(lambda: grantee.encrypt(KeyId=key_id, Plaintext=b"x", EncryptionContext=context))
        seen["retireAgain"] = code(lambda: retirer.retire_grant(GrantToken=token))
        seen["rootRetiresGone"] = code(lambda: kms.retire_grant(GrantToken=token))
        equals = kms.create_grant(KeyId=key_id, GranteePrincipal=grantee_arn, Operations=["GenerateDataKey", "DescribeKey"],
            Constraints={"EncryptionContextEquals": {"tenant": "t1"}})
        seen["equalsExact"] = code(lambda: grantee.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext={"tenant": "t1"}))
        seen["equalsExtra"] = code(lambda: grantee.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext={"tenant": "t1", "x": "y"}))
        seen["describeUnconstrained"] = code(lambda: grantee.describe_key(KeyId=key_id))
        kms.revoke_grant(KeyId=key_id, GrantId=equals["GrantId"])
        seen["afterRevoke"] = code(lambda: grantee.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext={"tenant": "t1"}))
        seen["revokeUnknown"] = code(lambda: kms.revoke_grant(KeyId=key_id, GrantId="0" * 64))
        seen["revokeMalformed"] = code(lambda: kms.revoke_grant(KeyId=key_id, GrantId="nope"))
        signing = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        seen["constraintOnAsymmetric"] = code(lambda: kms.create_grant(KeyId=signing, GranteePrincipal=grantee_arn, Operations=["Sign"],
            Constraints={"EncryptionContextSubset": {"a": "b"}}))
        seen["unsuitableOperation"] = code(lambda: kms.create_grant(KeyId=signing, GranteePrincipal=grantee_arn, Operations=["Encrypt"]))
        kms.create_grant(KeyId=signing, GranteePrincipal=grantee_arn, Operations=["Sign", "GetPublicKey"])
        seen["grantedSign"] = code(lambda: grantee.sign(KeyId=signing, Message=b"m", SigningAlgorithm="ECDSA_SHA_256"))
        print(json.dumps(seen))
        """;

    /// <summary>Rotation on demand and automatic rotation settings; every ciphertext keeps decrypting.</summary>
    public const string Rotation = Prelude + """
        key_id = kms.create_key()["KeyMetadata"]["KeyId"]
        first_material = kms.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"]
        old = kms.encrypt(KeyId=key_id, Plaintext=b"before rotation")["CiphertextBlob"]
        unchecked = boto3.client("kms", config=Config(retries={"max_attempts": 1}, parameter_validation=False))
        seen["tooShort"] = code(lambda: unchecked.enable_key_rotation(KeyId=key_id, RotationPeriodInDays=89))
        seen["tooLong"] = code(lambda: unchecked.enable_key_rotation(KeyId=key_id, RotationPeriodInDays=2561))
        kms.enable_key_rotation(KeyId=key_id, RotationPeriodInDays=90)
        status = kms.get_key_rotation_status(KeyId=key_id)
        seen["enabled"] = status["KeyRotationEnabled"]
        seen["period"] = status["RotationPeriodInDays"]
        seen["nextInDays"] = round((status["NextRotationDate"].timestamp() - time.time()) / 86400)
        seen["noRotationsYet"] = len(kms.list_key_rotations(KeyId=key_id)["Rotations"])
        kms.rotate_key_on_demand(KeyId=key_id)
        rotations = kms.list_key_rotations(KeyId=key_id)["Rotations"]
        seen["rotations"] = [(r["RotationType"], r["KeyMaterialState"]) for r in rotations]
        everything = kms.list_key_rotations(KeyId=key_id, IncludeKeyMaterial="ALL_KEY_MATERIAL")["Rotations"]
        seen["allMaterial"] = [(r["KeyMaterialId"] == first_material, r["KeyMaterialState"]) for r in everything]
        seen["onDemandStart"] = "OnDemandRotationStartDate" in kms.get_key_rotation_status(KeyId=key_id)
        seen["materialChanged"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"] != first_material
        new = kms.encrypt(KeyId=key_id, Plaintext=b"after rotation")["CiphertextBlob"]
        seen["oldDecrypts"] = kms.decrypt(CiphertextBlob=old)["Plaintext"].decode()
        seen["newDecrypts"] = kms.decrypt(CiphertextBlob=new)["Plaintext"].decode()
        moved = kms.re_encrypt(CiphertextBlob=old, DestinationKeyId=key_id)["CiphertextBlob"]
        seen["reEncryptedDecrypts"] = kms.decrypt(CiphertextBlob=moved)["Plaintext"].decode()
        kms.disable_key_rotation(KeyId=key_id)
        seen["disabled"] = kms.get_key_rotation_status(KeyId=key_id)["KeyRotationEnabled"]
        signing = kms.create_key(KeySpec="RSA_2048", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        seen["asymmetric"] = code(lambda: kms.enable_key_rotation(KeyId=signing))
        seen["asymmetricOnDemand"] = code(lambda: kms.rotate_key_on_demand(KeyId=signing))
        kms.disable_key(KeyId=key_id)
        seen["disabledKey"] = code(lambda: kms.rotate_key_on_demand(KeyId=key_id))
        print(json.dumps(seen))
        """;

    /// <summary>ReEncrypt needs kms:ReEncryptTo on the destination; resource condition keys reach IAM policies.</summary>
    public const string Authorization = Prelude + """
        account = boto3.client("sts", config=config).get_caller_identity()["Account"]
        source = kms.create_key()["KeyMetadata"]["KeyId"]
        closed = kms.create_key(Policy=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "kms:*", "Resource": "*"},
            {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "kms:ReEncryptTo", "Resource": "*"}]}))["KeyMetadata"]["KeyId"]
        blob = kms.encrypt(KeyId=source, Plaintext=b"move me")["CiphertextBlob"]
        try:
            kms.re_encrypt(CiphertextBlob=blob, DestinationKeyId=closed)
            seen["reEncryptTo"] = "ok"
        except botocore.exceptions.ClientError as error:
            seen["reEncryptTo"] = error.response["Error"]["Code"]
            seen["reEncryptToMessage"] = error.response["Error"]["Message"]
        seen["reEncryptBack"] = code(lambda: kms.re_encrypt(CiphertextBlob=kms.encrypt(KeyId=closed, Plaintext=b"x")["CiphertextBlob"], DestinationKeyId=source))
        user_arn, user = user_client("spec-reader")
        iam.put_user_policy(UserName="spec-reader", PolicyName="rsa-only", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "kms:DescribeKey", "Resource": "*", "Condition": {"StringEquals": {"kms:KeySpec": "RSA_2048"}}}]}))
        rsa = kms.create_key(KeySpec="RSA_2048", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]["KeyId"]
        seen["describeRsa"] = code(lambda: user.describe_key(KeyId=rsa))
        seen["describeSymmetric"] = code(lambda: user.describe_key(KeyId=source))
        print(json.dumps(seen))
        """;
}

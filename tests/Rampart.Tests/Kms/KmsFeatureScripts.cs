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

    /// <summary>Data key pairs, ECDH and secp256k1 signatures, checked with the cryptography package.</summary>
    public const string AsymmetricFeatures = Prelude + """
        from cryptography.hazmat.primitives import serialization, hashes
        from cryptography.hazmat.primitives.asymmetric import ec, padding
        wrapping = kms.create_key()["KeyMetadata"]["KeyId"]
        context = {"use": "pair"}
        pair = kms.generate_data_key_pair(KeyId=wrapping, KeyPairSpec="ECC_NIST_P384", EncryptionContext=context)
        private = serialization.load_der_private_key(pair["PrivateKeyPlaintext"], None)
        public = serialization.load_der_public_key(pair["PublicKey"])
        seen["pairMatches"] = private.public_key().public_numbers() == public.public_numbers()
        unwrapped = kms.decrypt(CiphertextBlob=pair["PrivateKeyCiphertextBlob"], EncryptionContext=context)["Plaintext"]
        seen["pairUnwraps"] = unwrapped == pair["PrivateKeyPlaintext"]
        without = kms.generate_data_key_pair_without_plaintext(KeyId=wrapping, KeyPairSpec="RSA_2048")
        seen["withoutPlaintext"] = "PrivateKeyPlaintext" not in without and serialization.load_der_public_key(without["PublicKey"]).key_size == 2048
        seen["pairOnAsymmetric"] = code(lambda: kms.generate_data_key_pair(KeyId=kms.create_key(KeySpec="RSA_2048", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]["KeyId"], KeyPairSpec="RSA_2048"))
        seen["edwards"] = code(lambda: kms.generate_data_key_pair(KeyId=wrapping, KeyPairSpec="ECC_NIST_EDWARDS25519"))
        agreement = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="KEY_AGREEMENT")["KeyMetadata"]
        seen["agreementAlgorithms"] = agreement["KeyAgreementAlgorithms"]
        kms_public = serialization.load_der_public_key(kms.get_public_key(KeyId=agreement["KeyId"])["PublicKey"])
        mine = ec.generate_private_key(ec.SECP256R1())
        mine_der = mine.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        shared = kms.derive_shared_secret(KeyId=agreement["KeyId"], KeyAgreementAlgorithm="ECDH", PublicKey=mine_der)["SharedSecret"]
        seen["sharedSecretMatches"] = shared == mine.exchange(ec.ECDH(), kms_public)
        other_curve = ec.generate_private_key(ec.SECP384R1()).public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        seen["wrongCurve"] = code(lambda: kms.derive_shared_secret(KeyId=agreement["KeyId"], KeyAgreementAlgorithm="ECDH", PublicKey=other_curve))
        seen["agreementOnSymmetric"] = code(lambda: kms.derive_shared_secret(KeyId=wrapping, KeyAgreementAlgorithm="ECDH", PublicKey=mine_der))
        k1 = kms.create_key(KeySpec="ECC_SECG_P256K1", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        k1_public = serialization.load_der_public_key(kms.get_public_key(KeyId=k1)["PublicKey"])
        seen["k1Curve"] = k1_public.curve.name
        signature = kms.sign(KeyId=k1, Message=b"bitcoin-style", SigningAlgorithm="ECDSA_SHA_256")["Signature"]
        k1_public.verify(signature, b"bitcoin-style", ec.ECDSA(hashes.SHA256()))
        seen["k1VerifiedLocally"] = True
        seen["k1Agreement"] = code(lambda: kms.create_key(KeySpec="ECC_SECG_P256K1", KeyUsage="KEY_AGREEMENT"))
        fresh = kms.create_key()["KeyMetadata"]["KeyId"]
        seen["unusedYet"] = "Operation" in kms.get_key_last_usage(KeyId=fresh).get("KeyLastUsage", {})
        code(lambda: kms.sign(KeyId=k1, Message=b"m", SigningAlgorithm="ECDSA_SHA_384"))
        for attempt in range(50):
            usage = kms.get_key_last_usage(KeyId=k1)
            if usage.get("KeyLastUsage", {}).get("Operation"):
                break
            time.sleep(0.2)
        seen["lastUsage"] = usage.get("KeyLastUsage", {}).get("Operation")
        seen["lastUsageHasEvent"] = len(usage.get("KeyLastUsage", {}).get("CloudTrailEventId", "")) > 0
        seen["stores"] = kms.describe_custom_key_stores()["CustomKeyStores"]
        seen["storeById"] = code(lambda: kms.describe_custom_key_stores(CustomKeyStoreId="cks-1234567890abcdef0"))
        seen["connect"] = code(lambda: kms.connect_custom_key_store(CustomKeyStoreId="cks-1234567890abcdef0"))
        seen["keyInStore"] = code(lambda: kms.create_key(CustomKeyStoreId="cks-1234567890abcdef0", Origin="AWS_CLOUDHSM"))
        seen["createStore"] = code(lambda: kms.create_custom_key_store(CustomKeyStoreName="hsm", CloudHsmClusterId="cluster-234567abcdefg",
            TrustAnchorCertificate="-----BEGIN CERTIFICATE-----", KeyStorePassword="password1"))
        print(json.dumps(seen))
        """;

    /// <summary>Imported key material: wrapped with the cryptography package under the import public key.</summary>
    public const string Import = Prelude + """
        from cryptography.hazmat.primitives import serialization, hashes, keywrap
        from cryptography.hazmat.primitives.asymmetric import padding
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        created = kms.create_key(Origin="EXTERNAL", Description="imported")["KeyMetadata"]
        key_id = created["KeyId"]
        seen["created"] = (created["Origin"], created["KeyState"], created["Enabled"])
        seen["beforeImport"] = code(lambda: kms.encrypt(KeyId=key_id, Plaintext=b"x"))
        material = os.urandom(32)
        def wrap(algorithm, data):
            params = kms.get_parameters_for_import(KeyId=key_id, WrappingAlgorithm=algorithm, WrappingKeySpec="RSA_3072")
            public = serialization.load_der_public_key(params["PublicKey"])
            if algorithm == "RSA_AES_KEY_WRAP_SHA_256":
                aes = os.urandom(32)
                wrapped = public.encrypt(aes, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) + keywrap.aes_key_wrap_with_padding(aes, data)
            else:
                wrapped = public.encrypt(data, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
            return params["ImportToken"], wrapped
        token, wrapped = wrap("RSAES_OAEP_SHA_256", material)
        seen["badToken"] = code(lambda: kms.import_key_material(KeyId=key_id, ImportToken=b"nope" * 16, EncryptedKeyMaterial=wrapped,
            ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE"))
        short_token, short_wrapped = wrap("RSAES_OAEP_SHA_256", os.urandom(16))
        seen["wrongLength"] = code(lambda: kms.import_key_material(KeyId=key_id, ImportToken=short_token,
            EncryptedKeyMaterial=short_wrapped, ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE"))
        token, wrapped = wrap("RSAES_OAEP_SHA_256", material)
        seen["importedId"] = len(kms.import_key_material(KeyId=key_id, ImportToken=token, EncryptedKeyMaterial=wrapped,
            ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")["KeyMaterialId"])
        described = kms.describe_key(KeyId=key_id)["KeyMetadata"]
        seen["afterImport"] = (described["KeyState"], described["ExpirationModel"])
        blob = kms.encrypt(KeyId=key_id, Plaintext=b"imported", EncryptionContext={"k": "v"})["CiphertextBlob"]
        seen["rotation"] = code(lambda: kms.enable_key_rotation(KeyId=key_id))
        kms.delete_imported_key_material(KeyId=key_id)
        seen["afterDelete"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"]
        seen["decryptWithoutMaterial"] = code(lambda: kms.decrypt(CiphertextBlob=blob, EncryptionContext={"k": "v"}))
        token, wrapped = wrap("RSA_AES_KEY_WRAP_SHA_256", os.urandom(32))
        seen["otherMaterial"] = code(lambda: kms.import_key_material(KeyId=key_id, ImportToken=token, EncryptedKeyMaterial=wrapped,
            ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE"))
        token, wrapped = wrap("RSA_AES_KEY_WRAP_SHA_256", material)
        kms.import_key_material(KeyId=key_id, ImportToken=token, EncryptedKeyMaterial=wrapped, ValidTo=time.time() + 3600,
            ExpirationModel="KEY_MATERIAL_EXPIRES")
        seen["reimported"] = kms.decrypt(CiphertextBlob=blob, EncryptionContext={"k": "v"})["Plaintext"].decode()
        seen["validTo"] = "ValidTo" in kms.describe_key(KeyId=key_id)["KeyMetadata"]
        seen["notExternal"] = code(lambda: kms.get_parameters_for_import(KeyId=kms.create_key()["KeyMetadata"]["KeyId"],
            WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048"))
        print(json.dumps(seen))
        """;

    /// <summary>Multi-Region keys: a replica in another Region decrypts what the primary encrypted, and back.</summary>
    public const string MultiRegion = Prelude + """
        west = boto3.client("kms", region_name="us-west-2", config=config)
        primary = kms.create_key(MultiRegion=True, Description="global")["KeyMetadata"]
        key_id = primary["KeyId"]
        seen["prefix"] = key_id.startswith("mrk-") and len(key_id) == 36
        seen["primaryType"] = primary["MultiRegionConfiguration"]["MultiRegionKeyType"]
        blob = kms.encrypt(KeyId=key_id, Plaintext=b"everywhere", EncryptionContext={"r": "1"})["CiphertextBlob"]
        replica = kms.replicate_key(KeyId=key_id, ReplicaRegion="us-west-2", Description="west copy")["ReplicaKeyMetadata"]
        seen["replicaArn"] = replica["Arn"].split(":")[3] + "/" + replica["KeyId"]
        seen["replicaType"] = replica["MultiRegionConfiguration"]["MultiRegionKeyType"]
        seen["sameMaterial"] = replica["CurrentKeyMaterialId"] == primary["CurrentKeyMaterialId"]
        seen["decryptedInWest"] = west.decrypt(CiphertextBlob=blob, EncryptionContext={"r": "1"})["Plaintext"].decode()
        back = west.encrypt(KeyId=key_id, Plaintext=b"from west")["CiphertextBlob"]
        seen["decryptedInEast"] = kms.decrypt(CiphertextBlob=back)["Plaintext"].decode()
        seen["again"] = code(lambda: kms.replicate_key(KeyId=key_id, ReplicaRegion="us-west-2"))
        seen["fromReplica"] = code(lambda: west.replicate_key(KeyId=key_id, ReplicaRegion="eu-west-1"))
        seen["singleRegion"] = code(lambda: kms.replicate_key(KeyId=kms.create_key()["KeyMetadata"]["KeyId"], ReplicaRegion="us-west-2"))
        kms.rotate_key_on_demand(KeyId=key_id)
        seen["rotatedTogether"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"] == west.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"]
        seen["rotateReplica"] = code(lambda: west.rotate_key_on_demand(KeyId=key_id))
        kms.update_primary_region(KeyId=key_id, PrimaryRegion="us-west-2")
        seen["eastNow"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["MultiRegionConfiguration"]["MultiRegionKeyType"]
        seen["westNow"] = west.describe_key(KeyId=key_id)["KeyMetadata"]["MultiRegionConfiguration"]["MultiRegionKeyType"]
        seen["oldStillDecrypts"] = west.decrypt(CiphertextBlob=blob, EncryptionContext={"r": "1"})["Plaintext"].decode()
        print(json.dumps(seen))
        """;

    public const string MultiRegionDeletion = Prelude + """
        west = boto3.client("kms", region_name="us-west-2", config=config)
        key_id = kms.create_key(MultiRegion=True)["KeyMetadata"]["KeyId"]
        kms.replicate_key(KeyId=key_id, ReplicaRegion="us-west-2")
        west.disable_key(KeyId=key_id)
        seen["promoteDisabled"] = code(lambda: kms.update_primary_region(KeyId=key_id, PrimaryRegion="us-west-2"))
        west.enable_key(KeyId=key_id)
        scheduled = kms.schedule_key_deletion(KeyId=key_id, PendingWindowInDays=7)
        seen["scheduledState"] = scheduled["KeyState"]
        seen["scheduledHasDate"] = "DeletionDate" in scheduled
        seen["scheduledWindow"] = scheduled["PendingWindowInDays"]
        meta = kms.describe_key(KeyId=key_id)["KeyMetadata"]
        seen["state"] = meta["KeyState"]
        seen["window"] = meta.get("PendingDeletionWindowInDays")
        seen["describedHasDate"] = "DeletionDate" in meta
        seen["encrypt"] = code(lambda: kms.encrypt(KeyId=key_id, Plaintext=b"x"))
        seen["replicate"] = code(lambda: kms.replicate_key(KeyId=key_id, ReplicaRegion="eu-west-1"))
        seen["scheduleAgain"] = code(lambda: kms.schedule_key_deletion(KeyId=key_id))
        seen["promote"] = code(lambda: kms.update_primary_region(KeyId=key_id, PrimaryRegion="us-west-2"))
        seen["replicaEncrypts"] = "CiphertextBlob" in west.encrypt(KeyId=key_id, Plaintext=b"x")
        kms.cancel_key_deletion(KeyId=key_id)
        meta = kms.describe_key(KeyId=key_id)["KeyMetadata"]
        seen["afterCancel"] = meta["KeyState"]
        seen["windowAfterCancel"] = "PendingDeletionWindowInDays" in meta
        replica = west.schedule_key_deletion(KeyId=key_id, PendingWindowInDays=7)
        seen["replicaState"] = replica["KeyState"]
        seen["replicaHasDate"] = "DeletionDate" in replica
        print(json.dumps(seen))
        """;

    /// <summary>The key specs beyond RSA and ECC: HMAC_224 checked against Python's HMAC on imported material, the
    /// ML-DSA specs (made where the host's OpenSSL has ML-DSA), and the specs this server refuses as AWS does.</summary>
    public const string KeySpecs = Prelude + """
        import hashlib, hmac
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding
        mac_id = kms.create_key(KeySpec="HMAC_224", KeyUsage="GENERATE_VERIFY_MAC", Origin="EXTERNAL")["KeyMetadata"]["KeyId"]
        params = kms.get_parameters_for_import(KeyId=mac_id, WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048")
        public = serialization.load_der_public_key(params["PublicKey"])
        material = os.urandom(28)
        wrapped = public.encrypt(material, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
        kms.import_key_material(KeyId=mac_id, ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrapped, ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")
        seen["macAlgorithms"] = kms.describe_key(KeyId=mac_id)["KeyMetadata"]["MacAlgorithms"]
        message = b"m" * 1000
        mac = kms.generate_mac(KeyId=mac_id, Message=message, MacAlgorithm="HMAC_SHA_224")["Mac"]
        seen["macMatchesPython"] = mac == hmac.new(material, message, hashlib.sha224).digest()
        seen["macVerifies"] = kms.verify_mac(KeyId=mac_id, Message=message, Mac=mac, MacAlgorithm="HMAC_SHA_224")["MacValid"]
        seen["made224"] = kms.create_key(KeySpec="HMAC_224", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"]["KeySpec"]
        seen["sm2"] = code(lambda: kms.create_key(KeySpec="SM2", KeyUsage="SIGN_VERIFY"))
        seen["edwards"] = code(lambda: kms.create_key(KeySpec="ECC_NIST_EDWARDS25519", KeyUsage="SIGN_VERIFY"))
        try:
            ml = kms.create_key(KeySpec="ML_DSA_65", KeyUsage="SIGN_VERIFY")["KeyMetadata"]
            seen["mlDsa"] = "made"
            seen["mlDsaAlgorithms"] = ml["SigningAlgorithms"]
            signature = kms.sign(KeyId=ml["KeyId"], Message=b"post-quantum", SigningAlgorithm="ML_DSA_SHAKE_256")["Signature"]
            seen["mlDsaVerifies"] = kms.verify(KeyId=ml["KeyId"], Message=b"post-quantum", Signature=signature, SigningAlgorithm="ML_DSA_SHAKE_256")["SignatureValid"]
            seen["mlDsaWrong"] = code(lambda: kms.verify(KeyId=ml["KeyId"], Message=b"other", Signature=signature, SigningAlgorithm="ML_DSA_SHAKE_256"))
            seen["mlDsaDigest"] = code(lambda: kms.sign(KeyId=ml["KeyId"], Message=b"d" * 32, MessageType="DIGEST", SigningAlgorithm="ML_DSA_SHAKE_256"))
            mu = kms.sign(KeyId=ml["KeyId"], Message=b"u" * 64, MessageType="EXTERNAL_MU", SigningAlgorithm="ML_DSA_SHAKE_256")["Signature"]
            seen["muVerifies"] = kms.verify(KeyId=ml["KeyId"], Message=b"u" * 64, MessageType="EXTERNAL_MU", Signature=mu, SigningAlgorithm="ML_DSA_SHAKE_256")["SignatureValid"]
            seen["mlDsaPublicKey"] = base64.b64encode(kms.get_public_key(KeyId=ml["KeyId"])["PublicKey"]).decode()
            seen["mlDsaKeyId"] = ml["KeyId"]
            seen["mlDsaSignature"] = base64.b64encode(signature).decode()
        except botocore.exceptions.ClientError as error:
            seen["mlDsa"] = error.response["Error"]["Code"]
        print(json.dumps(seen))
        """;

    /// <summary>On-demand rotation of imported key material: NEW_KEY_MATERIAL waits in PENDING_ROTATION until
    /// RotateKeyOnDemand makes it current; what the first material encrypted keeps decrypting.</summary>
    public const string ImportRotation = Prelude + """
        from cryptography.hazmat.primitives import serialization, hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        key_id = kms.create_key(Origin="EXTERNAL")["KeyMetadata"]["KeyId"]
        def wrap(data):
            params = kms.get_parameters_for_import(KeyId=key_id, WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048")
            public = serialization.load_der_public_key(params["PublicKey"])
            return params["ImportToken"], public.encrypt(data, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
        def load(data, **extra):
            token, wrapped = wrap(data)
            return kms.import_key_material(KeyId=key_id, ImportToken=token, EncryptedKeyMaterial=wrapped, ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE", **extra)
        first, second, third = os.urandom(32), os.urandom(32), os.urandom(32)
        first_id = load(first)["KeyMaterialId"]
        old_blob = kms.encrypt(KeyId=key_id, Plaintext=b"before")["CiphertextBlob"]
        seen["rotateWithoutNew"] = code(lambda: kms.rotate_key_on_demand(KeyId=key_id))
        seen["newWithId"] = code(lambda: load(second, ImportType="NEW_KEY_MATERIAL", KeyMaterialId=first_id))
        seen["sameAsNew"] = code(lambda: load(first, ImportType="NEW_KEY_MATERIAL"))
        seen["newAsExisting"] = code(lambda: load(second))
        second_id = load(second, ImportType="NEW_KEY_MATERIAL", KeyMaterialDescription="second")["KeyMaterialId"]
        pending = kms.list_key_rotations(KeyId=key_id, IncludeKeyMaterial="ALL_KEY_MATERIAL")["Rotations"]
        seen["pending"] = [[r["KeyMaterialId"] == (first_id, second_id)[i], r["KeyMaterialState"], r["ImportState"], r.get("KeyMaterialDescription")] for i, r in enumerate(pending)]
        seen["stillFirst"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"] == first_id
        kms.rotate_key_on_demand(KeyId=key_id)
        seen["nowSecond"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"] == second_id
        rotations = kms.list_key_rotations(KeyId=key_id)["Rotations"]
        seen["rotations"] = [[r["KeyMaterialId"] == second_id, r["KeyMaterialState"], r["RotationType"], "RotationDate" in r] for r in rotations]
        new_blob = kms.encrypt(KeyId=key_id, Plaintext=b"after")["CiphertextBlob"]
        seen["oldDecrypts"] = kms.decrypt(CiphertextBlob=old_blob)["Plaintext"].decode()
        seen["newDecrypts"] = kms.decrypt(CiphertextBlob=new_blob)["Plaintext"].decode()
        third_id = load(third, ImportType="NEW_KEY_MATERIAL")["KeyMaterialId"]
        seen["deletedPending"] = kms.delete_imported_key_material(KeyId=key_id, KeyMaterialId=third_id)["KeyMaterialId"] == third_id
        seen["afterPendingDeleted"] = [r["KeyMaterialState"] for r in kms.list_key_rotations(KeyId=key_id, IncludeKeyMaterial="ALL_KEY_MATERIAL")["Rotations"]]
        seen["stateAfterPendingDeleted"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"]
        seen["deletedCurrent"] = kms.delete_imported_key_material(KeyId=key_id)["KeyMaterialId"] == second_id
        seen["deletedFirst"] = kms.delete_imported_key_material(KeyId=key_id, KeyMaterialId=first_id)["KeyMaterialId"] == first_id
        seen["deleteUnknown"] = code(lambda: kms.delete_imported_key_material(KeyId=key_id, KeyMaterialId="0" * 64))
        seen["bothGone"] = [[r["KeyMaterialState"], r["ImportState"], "ExpirationModel" in r] for r in kms.list_key_rotations(KeyId=key_id, IncludeKeyMaterial="ALL_KEY_MATERIAL")["Rotations"]]
        seen["wrongId"] = code(lambda: load(second, KeyMaterialId=first_id))
        seen["reimported"] = load(second, ImportType="EXISTING_KEY_MATERIAL", KeyMaterialId=second_id)["KeyMaterialId"] == second_id
        seen["stateWithOneMissing"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"]
        seen["reimportedOld"] = load(first, KeyMaterialId=first_id, KeyMaterialDescription="first again")["KeyMaterialId"] == first_id
        seen["stateWithAll"] = kms.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"]
        seen["afterReimport"] = kms.decrypt(CiphertextBlob=new_blob)["Plaintext"].decode()
        seen["oldAfterReimport"] = kms.decrypt(CiphertextBlob=old_blob)["Plaintext"].decode()
        seen["descriptions"] = [[r["ImportState"], r.get("KeyMaterialDescription")] for r in kms.list_key_rotations(KeyId=key_id, IncludeKeyMaterial="ALL_KEY_MATERIAL")["Rotations"]]
        mac_id = kms.create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC", Origin="EXTERNAL")["KeyMetadata"]["KeyId"]
        key_id = mac_id
        load(os.urandom(32))
        seen["hmacNew"] = code(lambda: load(os.urandom(32), ImportType="NEW_KEY_MATERIAL"))
        print(json.dumps(seen))
        """;

    /// <summary>Imported material in a multi-Region key: a replica starts without it and takes only its primary's
    /// materials; new material is imported into the primary, then into each replica, before the primary rotates.</summary>
    public const string MultiRegionImport = Prelude + """
        from cryptography.hazmat.primitives import serialization, hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        west = boto3.client("kms", region_name="us-west-2", config=config)
        key_id = kms.create_key(Origin="EXTERNAL", MultiRegion=True)["KeyMetadata"]["KeyId"]
        def load(client, data, **extra):
            params = client.get_parameters_for_import(KeyId=key_id, WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048")
            public = serialization.load_der_public_key(params["PublicKey"])
            wrapped = public.encrypt(data, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
            return client.import_key_material(KeyId=key_id, ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrapped,
                ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE", **extra)
        def states(client):
            return [[r["KeyMaterialState"], r["ImportState"]] for r in client.list_key_rotations(KeyId=key_id, IncludeKeyMaterial="ALL_KEY_MATERIAL")["Rotations"]]
        first, second, third = os.urandom(32), os.urandom(32), os.urandom(32)
        first_id = load(kms, first)["KeyMaterialId"]
        old_blob = kms.encrypt(KeyId=key_id, Plaintext=b"first")["CiphertextBlob"]
        replica = kms.replicate_key(KeyId=key_id, ReplicaRegion="us-west-2")["ReplicaKeyMetadata"]
        seen["replicaState"] = replica["KeyState"]
        seen["replicaKnows"] = states(west)
        seen["replicaDecryptsBeforeImport"] = code(lambda: west.decrypt(CiphertextBlob=old_blob))
        seen["replicaOtherMaterial"] = code(lambda: load(west, second))
        seen["replicaNewMaterial"] = code(lambda: load(west, second, ImportType="NEW_KEY_MATERIAL"))
        seen["replicaImported"] = load(west, first)["KeyMaterialId"] == first_id
        seen["replicaEnabled"] = west.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"]
        seen["replicaDecrypts"] = west.decrypt(CiphertextBlob=old_blob)["Plaintext"].decode()
        second_id = load(kms, second, ImportType="NEW_KEY_MATERIAL")["KeyMaterialId"]
        seen["primaryWaits"] = states(kms)
        seen["replicaPending"] = states(west)
        seen["rotateTooSoon"] = code(lambda: kms.rotate_key_on_demand(KeyId=key_id))
        seen["rotateReplica"] = code(lambda: west.rotate_key_on_demand(KeyId=key_id))
        load(west, second, ImportType="EXISTING_KEY_MATERIAL", KeyMaterialId=second_id)
        seen["primaryReady"] = states(kms)
        kms.rotate_key_on_demand(KeyId=key_id)
        seen["currentEverywhere"] = [c.describe_key(KeyId=key_id)["KeyMetadata"]["CurrentKeyMaterialId"] == second_id for c in (kms, west)]
        west_blob = west.encrypt(KeyId=key_id, Plaintext=b"second")["CiphertextBlob"]
        seen["crossRegion"] = [kms.decrypt(CiphertextBlob=west_blob)["Plaintext"].decode(), west.decrypt(CiphertextBlob=old_blob)["Plaintext"].decode()]
        third_id = load(kms, third, ImportType="NEW_KEY_MATERIAL")["KeyMaterialId"]
        load(west, third)
        seen["pendingDeletedFromPrimary"] = kms.delete_imported_key_material(KeyId=key_id, KeyMaterialId=third_id)["KeyMaterialId"] == third_id
        seen["replicaAfterPendingDeleted"] = states(west)
        west.delete_imported_key_material(KeyId=key_id, KeyMaterialId=first_id)
        seen["replicaAfterDelete"] = [west.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"], kms.describe_key(KeyId=key_id)["KeyMetadata"]["KeyState"]]
        print(json.dumps(seen))
        """;
}

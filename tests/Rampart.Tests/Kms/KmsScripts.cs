namespace Rampart.Tests.Kms;

/// <summary>boto3 scripts the KMS end-to-end tests run; each prints one JSON object of what it observed.</summary>
public static class KmsScripts
{
    private const string Prelude = """
        import json, os, base64, boto3, botocore.exceptions
        from botocore.config import Config
        kms = boto3.client("kms", config=Config(retries={"max_attempts": 1}))
        seen = {}
        def code(call):
            try:
                call()
                return "ok"
            except botocore.exceptions.ClientError as error:
                return error.response["Error"]["Code"]

        """;

    /// <summary>Envelope encryption as users do it: a data key from KMS, AES-GCM locally with the `cryptography`
    /// package, only the wrapped data key kept, unwrapped later with Decrypt.</summary>
    public const string Envelope = Prelude + """
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        key_id = kms.create_key(Description="envelope")["KeyMetadata"]["KeyId"]
        context = {"purpose": "backup", "tenant": "t-42"}
        data_key = kms.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext=context)
        seen["plaintextLength"] = len(data_key["Plaintext"])
        nonce = os.urandom(12)
        sealed = AESGCM(data_key["Plaintext"]).encrypt(nonce, b"the secret payload", None)
        wrapped = data_key["CiphertextBlob"]
        del data_key
        unwrapped = kms.decrypt(CiphertextBlob=wrapped, EncryptionContext=context)
        seen["payload"] = AESGCM(unwrapped["Plaintext"]).decrypt(nonce, sealed, None).decode()
        seen["keyIdIsArn"] = unwrapped["KeyId"].endswith(":key/" + key_id)
        seen["wrongContext"] = code(lambda: kms.decrypt(CiphertextBlob=wrapped, EncryptionContext={"purpose": "backup"}))
        without = kms.generate_data_key_without_plaintext(KeyId=key_id, NumberOfBytes=64, EncryptionContext=context)
        seen["withoutPlaintextLength"] = len(kms.decrypt(CiphertextBlob=without["CiphertextBlob"], EncryptionContext=context)["Plaintext"])
        seen["bothSizes"] = code(lambda: kms.generate_data_key(KeyId=key_id, KeySpec="AES_128", NumberOfBytes=16))
        seen["random"] = len(kms.generate_random(NumberOfBytes=1024)["Plaintext"])
        print(json.dumps(seen))
        """;

    /// <summary>Signatures made by KMS checked by the `cryptography` package with the key from GetPublicKey.</summary>
    public const string Signatures = Prelude + """
        import hashlib
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding, ec, utils
        message = b"sign me, exactly as sent"
        rsa_id = kms.create_key(KeySpec="RSA_2048", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        rsa_public = serialization.load_der_public_key(kms.get_public_key(KeyId=rsa_id)["PublicKey"])
        pss = kms.sign(KeyId=rsa_id, Message=message, SigningAlgorithm="RSASSA_PSS_SHA_256")["Signature"]
        rsa_public.verify(pss, message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())
        pkcs1 = kms.sign(KeyId=rsa_id, Message=hashlib.sha384(message).digest(), MessageType="DIGEST", SigningAlgorithm="RSASSA_PKCS1_V1_5_SHA_384")["Signature"]
        rsa_public.verify(pkcs1, message, padding.PKCS1v15(), hashes.SHA384())
        seen["rsaVerifiedLocally"] = True
        seen["rsaKmsVerify"] = kms.verify(KeyId=rsa_id, Message=message, Signature=pss, SigningAlgorithm="RSASSA_PSS_SHA_256")["SignatureValid"]
        seen["rsaBadSignature"] = code(lambda: kms.verify(KeyId=rsa_id, Message=b"other", Signature=pss, SigningAlgorithm="RSASSA_PSS_SHA_256"))
        seen["rsaEncryptOnSigningKey"] = code(lambda: kms.encrypt(KeyId=rsa_id, Plaintext=b"x"))
        ec_id = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        ec_public = serialization.load_der_public_key(kms.get_public_key(KeyId=ec_id)["PublicKey"])
        der = kms.sign(KeyId=ec_id, Message=message, SigningAlgorithm="ECDSA_SHA_256")["Signature"]
        ec_public.verify(der, message, ec.ECDSA(hashes.SHA256()))
        utils.decode_dss_signature(der)
        seen["ecVerifiedLocally"] = True
        seen["ecWrongAlgorithm"] = code(lambda: kms.sign(KeyId=ec_id, Message=message, SigningAlgorithm="ECDSA_SHA_384"))
        seen["ecDigestTooShort"] = code(lambda: kms.sign(KeyId=ec_id, Message=b"short", MessageType="DIGEST", SigningAlgorithm="ECDSA_SHA_256"))
        oaep_id = kms.create_key(KeySpec="RSA_3072", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]["KeyId"]
        oaep_public = serialization.load_der_public_key(kms.get_public_key(KeyId=oaep_id)["PublicKey"])
        local = oaep_public.encrypt(b"for kms only", padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
        seen["oaepDecrypted"] = kms.decrypt(CiphertextBlob=local, KeyId=oaep_id, EncryptionAlgorithm="RSAES_OAEP_SHA_256")["Plaintext"].decode()
        sha1 = kms.encrypt(KeyId=oaep_id, Plaintext=b"round trip", EncryptionAlgorithm="RSAES_OAEP_SHA_1")["CiphertextBlob"]
        seen["oaepSha1"] = kms.decrypt(CiphertextBlob=sha1, KeyId=oaep_id, EncryptionAlgorithm="RSAES_OAEP_SHA_1")["Plaintext"].decode()
        mac_id = kms.create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"]["KeyId"]
        mac = kms.generate_mac(KeyId=mac_id, Message=message, MacAlgorithm="HMAC_SHA_256")["Mac"]
        seen["macLength"] = len(mac)
        seen["macValid"] = kms.verify_mac(KeyId=mac_id, Message=message, Mac=mac, MacAlgorithm="HMAC_SHA_256")["MacValid"]
        seen["macWrong"] = code(lambda: kms.verify_mac(KeyId=mac_id, Message=b"other", Mac=mac, MacAlgorithm="HMAC_SHA_256"))
        seen["symmetricPublicKey"] = code(lambda: kms.get_public_key(KeyId=mac_id))
        print(json.dumps(seen))
        """;

    /// <summary>Ciphertexts that must not decrypt: altered bytes, another key named, an unknown format.</summary>
    public const string BadCiphertexts = Prelude + """
        first = kms.create_key()["KeyMetadata"]["KeyId"]
        second = kms.create_key()["KeyMetadata"]["KeyId"]
        blob = bytearray(kms.encrypt(KeyId=first, Plaintext=b"integrity")["CiphertextBlob"])
        seen["wrongKeyId"] = code(lambda: kms.decrypt(CiphertextBlob=bytes(blob), KeyId=second))
        seen["rightKeyId"] = kms.decrypt(CiphertextBlob=bytes(blob), KeyId=first)["Plaintext"].decode()
        blob[-20] ^= 0x01
        seen["tampered"] = code(lambda: kms.decrypt(CiphertextBlob=bytes(blob)))
        seen["garbage"] = code(lambda: kms.decrypt(CiphertextBlob=os.urandom(100)))
        reencrypted = kms.re_encrypt(CiphertextBlob=kms.encrypt(KeyId=first, Plaintext=b"move", EncryptionContext={"a": "1"})["CiphertextBlob"],
                                     SourceEncryptionContext={"a": "1"}, DestinationKeyId=second, DestinationEncryptionContext={"b": "2"})
        seen["reEncryptSource"] = reencrypted["SourceKeyId"].endswith(first)
        seen["reEncrypted"] = kms.decrypt(CiphertextBlob=reencrypted["CiphertextBlob"], EncryptionContext={"b": "2"})["Plaintext"].decode()
        seen["tooLarge"] = code(lambda: kms.encrypt(KeyId=first, Plaintext=b"x" * 4097))
        print(json.dumps(seen))
        """;
}

#!/usr/bin/env python3
"""Writes one SigV4-signed STS GetCallerIdentity POST for the wrk script to replay.

Usage: sign_get_caller_identity.py ENDPOINT_URL CREDENTIALS_FILE REGION OUTPUT_FILE

The output holds the body on its first line, then one "Name: value" header per line.
The signature is botocore's own, so it is exactly what the AWS CLI would send; it stays
valid for 15 minutes (the server's allowed clock skew), longer than one benchmark run.
"""
import configparser
import sys
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

BODY = "Action=GetCallerIdentity&Version=2011-06-15"


def main() -> int:
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    endpoint, credentials_file, region, output = sys.argv[1:]
    profiles = configparser.ConfigParser()
    if not profiles.read(credentials_file):
        print(f"cannot read {credentials_file}", file=sys.stderr)
        return 1
    profile = profiles["default"]
    credentials = Credentials(
        profile["aws_access_key_id"],
        profile["aws_secret_access_key"],
        profile.get("aws_session_token"),
    )
    request = AWSRequest(
        method="POST",
        url=endpoint.rstrip("/") + "/",
        data=BODY,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    SigV4Auth(credentials, "sts", region).add_auth(request)
    headers = dict(request.headers.items())
    headers["Host"] = urlsplit(endpoint).netloc
    with open(output, "w", encoding="ascii") as out:
        out.write(BODY + "\n")
        for name, value in headers.items():
            out.write(f"{name}: {value}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes one SigV4-signed Query-protocol POST (such as IAM GetUser) for the wrk script to replay.

Usage: sign_query.py ENDPOINT_URL ACCESS_KEY_ID SECRET_ACCESS_KEY REGION SERVICE BODY OUTPUT_FILE

The output holds the body on its first line, then one "Name: value" header per line, the format
bench/sts-load/replay-signed-request.lua reads. The signature is botocore's own, so it is what the
AWS CLI would send; it stays valid for the server's allowed clock skew (15 minutes).
"""
import sys
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def main() -> int:
    if len(sys.argv) != 8:
        print(__doc__, file=sys.stderr)
        return 2
    endpoint, access_key, secret_key, region, service, body, output = sys.argv[1:]
    request = AWSRequest(
        method="POST",
        url=endpoint.rstrip("/") + "/",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    SigV4Auth(Credentials(access_key, secret_key), service, region).add_auth(request)
    headers = dict(request.headers.items())
    headers["Host"] = urlsplit(endpoint).netloc
    with open(output, "w", encoding="ascii") as out:
        out.write(body + "\n")
        for name, value in headers.items():
            out.write(f"{name}: {value}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

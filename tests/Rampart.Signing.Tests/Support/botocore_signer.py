"""Signs HTTP requests with botocore's own SigV4 signers for the Rampart.Signing tests.

Reads one JSON request per line on stdin and writes one JSON line per request on stdout:
the request exactly as an HTTP client would put it on the wire (method, raw path, raw query,
headers including Host, base64 body), or {"error": "..."} when signing failed.
"""
import base64
import datetime
import json
import sys
from urllib.parse import urlsplit

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.utils import percent_encode, percent_encode_sequence


def build_url(spec):
    if "url" in spec:
        return spec["url"]
    path = "/" + "/".join(percent_encode(segment, safe="~") for segment in spec.get("path_segments", []))
    query = percent_encode_sequence(spec.get("query_pairs", []))
    return spec["endpoint"] + path + ("?" + query if query else "")


def sign(spec):
    signing_time = datetime.datetime.strptime(spec["timestamp"], "%Y%m%dT%H%M%SZ")
    # botocore reads the clock through this module-level name; pinning it makes signatures reproducible.
    botocore.auth.get_current_datetime = lambda: signing_time
    credentials = Credentials(spec["access_key"], spec["secret_key"], spec.get("token"))
    body = base64.b64decode(spec.get("body_b64", ""))
    request = AWSRequest(method=spec["method"], url=build_url(spec), data=body or None, headers=dict(spec.get("headers", [])))
    s3 = spec.get("s3_signer", False)
    if spec.get("presign_expires") is not None:
        query_signer = botocore.auth.S3SigV4QueryAuth if s3 else botocore.auth.SigV4QueryAuth
        signer = query_signer(credentials, spec["service"], spec["region"], expires=spec["presign_expires"])
    else:
        header_signer = botocore.auth.S3SigV4Auth if s3 else botocore.auth.SigV4Auth
        signer = header_signer(credentials, spec["service"], spec["region"])
    signer.add_auth(request)
    prepared = request.prepare()
    parts = urlsplit(prepared.url)
    headers = [[name, value] for name, value in prepared.headers.items()]
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ["Host", parts.netloc])
    wire_body = prepared.body or b""
    if isinstance(wire_body, str):
        wire_body = wire_body.encode("utf-8")
    return {
        "method": prepared.method,
        "path": parts.path,
        "query": parts.query,
        "headers": headers,
        "body_b64": base64.b64encode(wire_body).decode("ascii"),
    }


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = sign(json.loads(line))
        except Exception as error:  # reported to the test, which fails with it
            answer = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

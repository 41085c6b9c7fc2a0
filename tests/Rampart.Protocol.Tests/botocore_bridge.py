"""Lets the protocol tests check Rampart's wire format against botocore itself.

Reads a JSON list of cases on stdin and writes a JSON list of results on stdout:
  {"kind": "serialize", "service": "iam", "operation": "CreateUser", "params": {...}}
      -> botocore validates and serializes the request: method, path, query, headers, body (base64)
  {"kind": "examples", "service": "guardduty"}
      -> for every operation, the request botocore sends with only the required members, filled with minimal values
  {"kind": "parse", "service": "kms", "operation": "Encrypt", "status": 200, "headers": {...}, "body": "<base64>"}
      -> botocore's own response parser output (errors come back under "Error")
Values marked {"$bytes": "<base64>"} in params become bytes; datetimes and bytes in parsed output come back
as ISO 8601 text and {"$bytes": "<base64>"}.
"""
import base64
import datetime
import json
import sys
from urllib.parse import urlsplit

import botocore.session
from botocore.awsrequest import create_request_object, prepare_request_dict
from botocore.parsers import create_parser
from botocore.serialize import create_serializer
from botocore.validate import validate_parameters

session = botocore.session.get_session()


def to_python(value):
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return base64.b64decode(value["$bytes"])
        return {k: to_python(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_python(v) for v in value]
    return value


def to_json(value):
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(value).decode()}
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if hasattr(value, "read"):
        return {"$bytes": base64.b64encode(value.read()).decode()}
    return value


def serialize(case):
    model = session.get_service_model(case["service"])
    operation = model.operation_model(case["operation"])
    return serialize_params(model, operation, to_python(case.get("params", {})))


def serialize_params(model, operation, params):
    if operation.input_shape is not None:
        validate_parameters(params, operation.input_shape)
    request = create_serializer(model.protocol).serialize_to_request(params, operation)
    prepare_request_dict(request, endpoint_url="https://rampart.example.com")
    prepared = create_request_object(request).prepare()
    url = urlsplit(prepared.url)
    body = prepared.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return {
        "method": prepared.method,
        "path": url.path,
        "query": url.query,
        "headers": {k: v.decode() if isinstance(v, bytes) else v for k, v in prepared.headers.items()},
        "body": base64.b64encode(body).decode(),
    }


def minimal_value(shape):
    kind = shape.type_name
    low = shape.metadata.get("min")
    if kind == "structure":
        if shape.metadata.get("document"):
            return {}
        names = list(shape.required_members)
        if shape.is_tagged_union and not names:
            names = [next(iter(shape.members))]
        return {name: minimal_value(shape.members[name]) for name in names}
    if kind == "list":
        return [minimal_value(shape.member) for _ in range(int(low or 0))]
    if kind == "map":
        return {}
    if kind == "string":
        if shape.enum:
            return shape.enum[0]
        return "a" * max(int(low or 0), 1)
    if kind in ("integer", "long"):
        return int(low if low is not None else 1)
    if kind in ("double", "float"):
        return float(low if low is not None else 1)
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    if kind == "blob":
        return b"a" * max(int(low or 0), 1)
    raise ValueError(f"no minimal value for {kind}")


def examples(case):
    model = session.get_service_model(case["service"])
    results = []
    for name in model.operation_names:
        operation = model.operation_model(name)
        params = minimal_value(operation.input_shape) if operation.input_shape is not None else {}
        results.append({"operation": name, "request": serialize_params(model, operation, params)})
    return results


def parse(case):
    model = session.get_service_model(case["service"])
    operation = model.operation_model(case["operation"])
    response = {
        "status_code": case["status"],
        "headers": case["headers"],
        "body": base64.b64decode(case["body"]),
    }
    parser = create_parser(model.protocol)
    parsed = parser.parse(response, operation.output_shape)
    # As botocore's endpoint does for a client: an error with a modeled shape also gets that shape's members.
    code = parsed.get("Error", {}).get("Code")
    error_shape = model.shape_for_error_code(code) if code else None
    if error_shape is not None:
        parsed.update(parser.parse(response, error_shape))
    parsed.pop("ResponseMetadata", None)
    return to_json(parsed)


def run(case):
    try:
        handlers = {"serialize": serialize, "examples": examples, "parse": parse}
        return {"ok": handlers[case["kind"]](case)}
    except Exception as error:  # reported to the test, which fails with it
        return {"error": f"{type(error).__name__}: {error}"}


print(json.dumps([run(case) for case in json.load(sys.stdin)]))

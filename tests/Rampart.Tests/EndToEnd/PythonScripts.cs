namespace Rampart.Tests.EndToEnd;

/// <summary>Python snippets the end-to-end tests run with botocore/boto3. Each prints one JSON object.</summary>
public static class PythonScripts
{
    /// <summary>Defines send(method, path, body, headers, service, sign): a raw request signed by botocore's own
    /// SigV4 signer with the credentials of the environment, sent to RAMPART_URL; prints status, body, request ID.</summary>
    public const string RawRequest = """
        import json, os, urllib.request, urllib.error
        import botocore.session
        from botocore.awsrequest import AWSRequest
        from botocore.auth import SigV4Auth

        def send(method, path, body, headers, service, sign=True):
            url = os.environ["RAMPART_URL"] + path
            request = AWSRequest(method=method, url=url, data=body, headers=headers)
            if sign:
                credentials = botocore.session.get_session().get_credentials().get_frozen_credentials()
                SigV4Auth(credentials, service, "us-east-1").add_auth(request)
            prepared = request.prepare()
            payload = prepared.body.encode() if isinstance(prepared.body, str) else prepared.body
            outgoing = urllib.request.Request(prepared.url, data=payload or None, method=method, headers=dict(prepared.headers))
            try:
                response = urllib.request.urlopen(outgoing)
                status, data, response_headers = response.status, response.read(), response.headers
            except urllib.error.HTTPError as error:
                status, data, response_headers = error.code, error.read(), error.headers
            print(json.dumps({"status": status, "body": data.decode(), "requestId": response_headers.get("x-amzn-RequestId")}))

        """;

    /// <summary>boto3's GetCallerIdentity, or the error code and message it raised.</summary>
    public const string CallerIdentity = """
        import json, boto3, botocore.exceptions
        from botocore.config import Config
        client = boto3.client("sts", config=Config(retries={"max_attempts": 1}))
        try:
            answer = client.get_caller_identity()
            print(json.dumps({"Arn": answer["Arn"], "Account": answer["Account"], "UserId": answer["UserId"]}))
        except botocore.exceptions.ClientError as error:
            print(json.dumps({"Code": error.response["Error"]["Code"], "Message": error.response["Error"]["Message"],
                              "Status": error.response["ResponseMetadata"]["HTTPStatusCode"]}))
        """;
}

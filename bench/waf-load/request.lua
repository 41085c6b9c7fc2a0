-- One realistic form post with a query string: every setup inspects both the query and the body.
wrk.method = "POST"
wrk.path = "/api/items?id=42&q=blue+widgets&page=2"
wrk.body = "name=widget&color=blue&size=10&comment=ships+in+two+days"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["User-Agent"] = "waf-load/1.0"
wrk.headers["Accept"] = "application/json"

#!/usr/bin/env python3
"""Stateless replicas, proven: two instances of the packaged service share one PostgreSQL database.

Respondent flows walk page by page, alternating between the instances (the form token made by one verifies on the
other); a staff member signs in on one and works on the other; N responses are submitted through both, half through
the form and half through the API, and a finished form sent again to the other instance is not stored twice. At the
end every response must be stored, and counted, exactly once.

usage: python3 deploy/scripts/replicas.py [N]     (N responses in all, default 40)
"""
import http.cookiejar, sys, urllib.parse, urllib.request
from instances import Instance, fail, form_post, fresh_database, psql, request, submit_api, SECRETS

total = int(sys.argv[1]) if len(sys.argv) > 1 else 40
database = "youthvoice_replicas"
url = fresh_database(database)
a = Instance("a", 18081, 19081, url).start()
b = Instance("b", 18082, 19082, url).start()
instances = [a, b]
try:
    forms = total // 2
    receipts_sent_twice = 0
    for i in range(forms):
        lang = ["ar", "zh", "en", "fr", "ru", "es"][i % 6]
        turn = i % 2
        status, _, html = request(f"{instances[turn].base}/{lang}/c/cyberbullying")
        if status != 200:
            fail(f"welcome page: {status}")
        status, headers, html = form_post(instances[turn].base, html, "start", answer=False)
        pages = 0
        while status == 200 and 'id="flow"' in html:
            turn = 1 - turn
            pages += 1
            last_page = html
            status, headers, html = form_post(instances[turn].base, html, "next")
        if status != 303 or "/thanks" not in headers.get("Location", ""):
            fail(f"form flow {i} ended with {status} after {pages} pages:\n{html[:1500]}")
        # The same finished form, sent again to the other instance: acknowledged, not stored twice.
        again, headers, _ = form_post(instances[1 - turn].base, last_page, "next")
        if again != 303:
            fail(f"finished form sent again: {again}")
        receipts_sent_twice += 1
    api = total - forms
    for i in range(api):
        status, receipt = submit_api(instances[i % 2].base)
        if status != 201:
            fail(f"API submission {i}: {status} {receipt}")

    # A staff session made on one instance works on the other.
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = urllib.parse.urlencode({"j_username": "admin", "j_password": SECRETS["ADMIN_PASSWORD"]}).encode()
    request(f"{a.base}/j_security_check", data=login, method="POST", opener=opener,
            headers={"Content-Type": "application/x-www-form-urlencoded"})
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    status, _, page = request(f"{b.base}/staff/participation", headers={"Cookie": cookie})
    if status != 200 or "cyberbullying" not in page:
        fail(f"staff session from instance a refused on instance b: {status}")

    stored = int(psql("select count(*) from response where consultation_id = 'cyberbullying'", database)[0])
    distinct = int(psql("select count(distinct id) from response where consultation_id = 'cyberbullying'", database)[0])
    counted = int(psql("select coalesce(sum(n), 0) from result_day where consultation_id = 'cyberbullying'", database)[0])
    print(f"replicas: {forms} form flows alternating page by page between 2 instances ({receipts_sent_twice} sent twice),"
          f" {api} API responses alternating; stored {stored}, distinct {distinct}, counted {counted}, expected {total};"
          f" staff session from a accepted on b", flush=True)
    if not stored == distinct == counted == total:
        fail("responses were lost or stored twice")
finally:
    for instance in instances:
        instance.stop()
print("replicas: OK")

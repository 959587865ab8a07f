#!/usr/bin/env python3
"""Resilience: PostgreSQL stops in the middle of a run, and comes back.

While it is down a respondent who sends their answers gets a friendly "please try again" page in their own language
(503, no stack trace), the API answers 503 in JSON, and readiness reports DOWN. When PostgreSQL returns the service
recovers by itself, without a restart, and every response acknowledged before the stop is still there.

usage: python3 deploy/scripts/resilience.py      (stops and starts the cluster with PG_CTL, default "pg_ctlcluster 15 main")
"""
import os, shlex, subprocess, time
from instances import Instance, fail, form_post, fresh_database, psql, request, submit_api

pg_ctl = shlex.split(os.environ.get("PG_CTL", "pg_ctlcluster 15 main"))
database = "youthvoice_resilience"
url = fresh_database(database)
service = Instance("resilience", 18083, 19083, url).start()
try:
    acknowledged = []
    for i in range(10):
        status, receipt = submit_api(service.base)
        if status != 201:
            fail(f"submission before the stop: {status}")
        acknowledged.append(receipt)
    # A respondent is on the last page when the database goes away.
    status, _, html = request(f"{service.base}/ru/c/cyberbullying")
    status, _, html = form_post(service.base, html, "start", answer=False)
    pages = [html]
    while True:
        status, headers, following = form_post(service.base, pages[-1], "next")
        if status != 200 or 'id="flow"' not in following:
            break
        pages.append(following)
    last_page = pages[-1]

    subprocess.run(pg_ctl + ["stop", "-m", "fast"], check=True)
    try:
        status, _, page = form_post(service.base, last_page, "next")
        if status != 503:
            fail(f"with PostgreSQL down the last page answered {status}")
        if "Exception" in page or "at org." in page or 'lang="ru"' not in page:
            fail("the try-again page is not a plain page in the respondent's language:\n" + page[:1500])
        status, body = submit_api(service.base)
        if status != 503 or '"errors"' not in body:
            fail(f"with PostgreSQL down the API answered {status} {body[:300]}")
        deadline = time.time() + 30
        while service.ready() and time.time() < deadline:
            time.sleep(1)
        if service.ready():
            fail("readiness still UP with PostgreSQL down")
        print("resilience: PostgreSQL down -> try-again page (503, Russian), API 503 JSON, readiness DOWN", flush=True)
    finally:
        subprocess.run(pg_ctl + ["start"], check=True)

    deadline = time.time() + 60
    while not service.ready() and time.time() < deadline:
        time.sleep(1)
    if not service.ready():
        fail("the service did not become ready again after PostgreSQL returned")
    status, _, _ = form_post(service.base, last_page, "next")
    if status != 303:
        fail(f"after PostgreSQL returned, the same answers were refused: {status}")
    status, receipt = submit_api(service.base)
    if status != 201:
        fail(f"submission after recovery: {status}")
    acknowledged.append(receipt)
    ids = ",".join(f"'{r}'" for r in acknowledged)
    kept = int(psql(f"select count(*) from response where id in ({ids})", database)[0])
    print(f"resilience: recovered without a restart; acknowledged {len(acknowledged)}, still stored {kept}; the respondent"
          f" who met the outage sent the same answers again and they were stored", flush=True)
    if kept != len(acknowledged):
        fail("acknowledged responses are missing")
finally:
    service.stop()
print("resilience: OK")

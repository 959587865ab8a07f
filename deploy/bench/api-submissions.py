#!/usr/bin/env python3
"""Submits N anonymous responses through the JSON API with C concurrent clients and prints the rate.

usage: python3 deploy/bench/api-submissions.py [base-url] [N] [C] [consultation]
Start the service with YOUTHVOICE_PRIVACY_SUBMISSIONS_PER_WINDOW=1000000, or the per-client limit (60 per 10
minutes) stops the run after 60 responses: every request here comes from one address.
"""
import collections, concurrent.futures, json, sys, time, urllib.error, urllib.request

base = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
total = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
clients = int(sys.argv[3]) if len(sys.argv) > 3 else 16
consultation = sys.argv[4] if len(sys.argv) > 4 else "cyberbullying"
countries = ["SN", "FR", "EG", "BR", "CN", "RU", "KZ", "IN"]


def submit(i):
    body = json.dumps({"lang": "fr", "answers": {"age": "13-15", "been_mean_online": "yes", "what_happened": ["lies"],
                                                  "country": countries[i % len(countries)]}}).encode()
    request = urllib.request.Request(f"{base}/api/v1/consultations/{consultation}/responses", data=body,
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


start = time.time()
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    statuses = collections.Counter(pool.map(submit, range(total)))
elapsed = time.time() - start
print(f"api submissions: {total} in {elapsed:.1f} s with {clients} clients: {total / elapsed:.0f} per second; statuses {dict(statuses)}")
sys.exit(0 if set(statuses) == {201} else 1)

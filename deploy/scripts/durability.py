#!/usr/bin/env python3
"""Durability: submissions at load, then SIGKILL; after a restart every response acknowledged with 201 is stored.

Prints acknowledged / stored / lost and fails when anything acknowledged was lost.

usage: python3 deploy/scripts/durability.py [seconds-before-the-kill] [clients]     (defaults 8 and 16)
"""
import concurrent.futures, sys, threading, time
from instances import Instance, fail, fresh_database, psql, submit_api

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 8
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 16
database = "youthvoice_durability"
url = fresh_database(database)
service = Instance("durability", 18084, 19084, url).start()
acknowledged, failed = [], []
lock = threading.Lock()
stop = threading.Event()


def client(n):
    countries = ["SN", "FR", "EG", "BR", "CN", "RU", "KZ", "IN"]
    i = 0
    while not stop.is_set():
        status, receipt = submit_api(service.base, country=countries[(n + i) % len(countries)])
        with lock:
            (acknowledged if status == 201 else failed).append(receipt if status == 201 else status)
        i += 1


with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    for n in range(clients):
        pool.submit(client, n)
    time.sleep(seconds)
    service.kill()
    stop.set()
with lock:
    receipts = list(acknowledged)
service = Instance("durability", 18084, 19084, url).start()
try:
    stored = 0
    for start in range(0, len(receipts), 500):
        ids = ",".join(f"'{r}'" for r in receipts[start:start + 500])
        stored += int(psql(f"select count(*) from response where id in ({ids})", database)[0])
    counted = int(psql("select coalesce(sum(n), 0) from result_day where consultation_id = 'cyberbullying'", database)[0])
    total = int(psql("select count(*) from response", database)[0])
finally:
    service.stop()
lost = len(receipts) - stored
print(f"durability: SIGKILL after {seconds:.0f} s of {clients} clients: acknowledged {len(receipts)}, stored {stored}, lost {lost};"
      f" refused or cut off by the kill {len(failed)}; rows in the database {total}, counted {counted}", flush=True)
if lost or not receipts:
    fail("acknowledged responses were lost" if lost else "nothing was acknowledged")
if counted != total:
    fail("the running counts disagree with the stored responses")
print("durability: OK")

#!/usr/bin/env python3
"""Measures the service against the design's quality bars, on PostgreSQL, and prints a table of figures.

- start-up: from `java -jar` to ready (management port), and the resident memory then;
- PostgreSQL's own single-row insert rate (pgbench, a one-row INSERT per transaction, the same clients), then
  submissions per second through the API and through the answering form (every page posted, as a browser without
  JavaScript does), each with its ratio to pgbench's rate;
- question-page requests per second and latency percentiles (p50, p95, p99), posting the first page of answers;
- resident memory of the service under that load.

usage: python3 deploy/bench/figures.py [seconds-per-measure] [clients]     (defaults 20 and 16)
Needs the packaged service (./mvnw package -DskipTests), PostgreSQL and pgbench, as deploy/scripts/instances.py says.
"""
import concurrent.futures, os, re, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
from instances import Instance, PG_ADMIN, PG_HOST, PG_PORT, fail, form_post, fresh_database, psql, request, submit_api

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 20
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 16
database = "youthvoice_figures"


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024


def for_a_while(work):
    """Runs work(i) from every client until the time is up; returns (calls, seconds, latencies in ms)."""
    stop = time.time() + seconds
    latencies, lock = [], threading.Lock()

    def client(n):
        i = 0
        while time.time() < stop:
            began = time.perf_counter()
            work(n * 1_000_000 + i)
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)
            i += 1

    began = time.time()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return len(latencies), time.time() - began, sorted(latencies)


def pgbench_rate():
    psql("CREATE TABLE IF NOT EXISTS bench_row (id bigserial primary key, consultation_id varchar(64), n int)", database)
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
        script.write("INSERT INTO bench_row (consultation_id, n) VALUES ('cyberbullying', 1);\n")
    os.chmod(script.name, 0o644)
    out = subprocess.run(PG_ADMIN + ["pgbench", "-p", PG_PORT, "-n", "-c", str(clients), "-j", "2",
                                     "-T", str(int(seconds)), "-f", script.name, database], capture_output=True, text=True)
    os.unlink(script.name)
    match = re.search(r"tps = ([\d.]+)", out.stdout)
    if not match:
        fail("pgbench: " + out.stdout + out.stderr)
    return float(match.group(1))


def main():
    url = fresh_database(database)
    service = Instance("figures", 18085, 19085, url)
    began = time.time()
    service.start()
    startup = time.time() - began
    idle_rss = rss_mb(service.process.pid)
    rows = []
    try:
        insert_rate = pgbench_rate()
        rows.append(("PostgreSQL single-row INSERT (pgbench)", f"{insert_rate:,.0f} per second", f"{clients} clients"))

        def api(i):
            status, _ = submit_api(service.base, country=["SN", "FR", "EG", "BR", "CN", "RU"][i % 6])
            if status != 201:
                fail(f"API submission: {status}")

        calls, took, _ = for_a_while(api)
        rows.append(("submissions through the API", f"{calls / took:,.0f} per second", f"ratio to pgbench {calls / took / insert_rate:.2f}"))

        def flow(i):
            lang = ["ar", "zh", "en", "fr", "ru", "es"][i % 6]
            status, _, html = request(f"{service.base}/{lang}/c/cyberbullying")
            status, headers, html = form_post(service.base, html, "start", answer=False)
            while status == 200 and 'id="flow"' in html:
                status, headers, html = form_post(service.base, html, "next")
            if status != 303:
                fail(f"form flow ended with {status}")

        calls, took, _ = for_a_while(flow)
        rows.append(("submissions through the answering form (every page)", f"{calls / took:,.0f} per second",
                     f"ratio to pgbench {calls / took / insert_rate:.2f}"))

        status, _, welcome = request(f"{service.base}/en/c/cyberbullying")
        peak = [idle_rss]

        def page(i):
            status, _, _ = form_post(service.base, welcome, "start", answer=False)
            if status != 200:
                fail(f"question page: {status}")
            if i % 200 == 0:
                peak.append(rss_mb(service.process.pid))

        calls, took, latencies = for_a_while(page)
        pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p))]
        rows.append(("question page (first page of questions)", f"{calls / took:,.0f} requests per second",
                     f"p50 {pct(0.50):.1f} ms, p95 {pct(0.95):.1f} ms, p99 {pct(0.99):.1f} ms"))
        rows.append(("resident memory", f"{idle_rss:,.0f} MB after start-up", f"{max(peak):,.0f} MB at most under load"))
        rows.append(("start-up to ready", f"{startup:.1f} s", "packaged jar, PostgreSQL, Flyway checked"))
        stored = int(psql("select count(*) from response", database)[0])
        rows.append(("responses stored during the run", f"{stored:,}", ""))
    finally:
        service.stop()
    width = max(len(r[0]) for r in rows)
    print(f"figures ({seconds:.0f} s per measure, {clients} clients, this machine: {os.cpu_count()} cores)")
    for name, figure, note in rows:
        print(f"  {name.ljust(width)}  {figure:>28}  {note}")


main()

"""Shared by the production scripts: start and stop instances of the packaged service, talk HTTP, ask PostgreSQL.

The packaged service is target/quarkus-app/quarkus-run.jar (./mvnw package -DskipTests). PostgreSQL is reached with
psql as the operating-system user `postgres` (PG_ADMIN_CMD, default "runuser -u postgres --"), and the service connects
as PG_USER/PG_PASSWORD (default youthvoice/youthvoice) on PG_HOST:PG_PORT (default 127.0.0.1:5432).
"""
import http.cookiejar, json, os, re, shlex, signal, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
PG_HOST = os.environ.get("PG_HOST", "127.0.0.1")
PG_PORT = os.environ.get("PG_PORT", "5432")
PG_USER = os.environ.get("PG_USER", "youthvoice")
PG_PASSWORD = os.environ.get("PG_PASSWORD", "youthvoice")
PG_ADMIN = shlex.split(os.environ.get("PG_ADMIN_CMD", "runuser -u postgres --"))
SECRETS = {
    "ADMIN_PASSWORD": "Replica-Admin-Pass-2026",
    "STAFF_SECRET": "shared-staff-secret-for-the-replica-check-0123456789",
    "FORM_SECRET": "shared-form-secret-for-the-replica-check-0123456789",
    "TEXT_KEYS": "k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    "TEXT_KEY_ID": "k1",
}


def fail(message):
    print("FAILED: " + message, flush=True)
    sys.exit(1)


def psql(sql, database="postgres"):
    """Runs SQL as the PostgreSQL superuser over the local socket; returns the output rows (tab-separated, no header)."""
    out = subprocess.run(PG_ADMIN + ["psql", "-p", PG_PORT, "-d", database, "-XAtq", "-F", "\t", "-c", sql],
                         capture_output=True, text=True)
    if out.returncode != 0:
        fail("psql: " + out.stderr.strip())
    return [line for line in out.stdout.splitlines() if line]


def fresh_database(name):
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(f"CREATE DATABASE {name} OWNER {PG_USER}")
    return f"jdbc:postgresql://{PG_HOST}:{PG_PORT}/{name}"


class Instance:
    """One process of the packaged service on its own ports."""

    def __init__(self, name, port, management_port, jdbc_url, extra=None):
        self.name, self.port, self.management_port = name, port, management_port
        self.base = f"http://127.0.0.1:{port}"
        self.env = dict(os.environ, **SECRETS, QUARKUS_DATASOURCE_JDBC_URL=jdbc_url, QUARKUS_DATASOURCE_USERNAME=PG_USER,
                        QUARKUS_DATASOURCE_PASSWORD=PG_PASSWORD, QUARKUS_HTTP_PORT=str(port), MANAGEMENT_PORT=str(management_port),
                        SURVEYS_DIR=os.path.join(ROOT, "surveys"), YOUTHVOICE_PRIVACY_SUBMISSIONS_PER_WINDOW="10000000",
                        YOUTHVOICE_PRIVACY_POSTS_PER_WINDOW="10000000", **(extra or {}))
        self.log = os.path.join(ROOT, "target", f"instance-{name}.log")
        self.process = None

    def start(self, timeout=90):
        if not os.path.exists(JAR):
            fail(f"{JAR} is missing: run ./mvnw package -DskipTests first")
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(["java", "-jar", JAR], cwd=os.path.join(ROOT, "target"), env=self.env,
                                            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                fail(f"instance {self.name} exited at start, see {self.log}")
            if self.ready():
                return self
            time.sleep(0.5)
        fail(f"instance {self.name} not ready after {timeout} s, see {self.log}")

    def ready(self):
        status, _, _ = request(f"http://127.0.0.1:{self.management_port}/q/health/ready")
        return status == 200

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def kill(self):
        """SIGKILL: no shutdown hook, no flush; what was acknowledged must already be on disk."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def request(url, data=None, headers=None, method=None, opener=None, timeout=30):
    """Returns (status, headers, body text) and never raises for an HTTP status."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with (opener or NO_REDIRECT).open(req, timeout=timeout) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        return 0, {}, str(e)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


NO_REDIRECT = urllib.request.build_opener(_NoRedirect())


def submit_api(base, consultation="cyberbullying", lang="fr", country="SN"):
    body = json.dumps({"lang": lang, "answers": {"age": "13-15", "been_mean_online": "yes", "what_happened": ["lies"],
                                                  "country": country}}).encode()
    status, _, text = request(f"{base}/api/v1/consultations/{consultation}/responses", data=body,
                              headers={"Content-Type": "application/json"}, method="POST")
    return status, (json.loads(text).get("receipt") if status == 201 else text)


FORM = re.compile(r'<form id="flow" method="post" action="([^"]+)"')
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')
CHOICE = re.compile(r'<input type="(radio|checkbox)" name="([^"]+)" value="([^"]+)"')
SELECT = re.compile(r'<select id="[^"]+" name="([^"]+)"')


def unescape(text):
    return text.replace("&quot;", '"').replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def form_post(base, html, nav, answer=True):
    """Posts the answering form of a page as a browser without JavaScript would, answering each choice with its third
    option (or its last when it has fewer): for the age question, a band inside the audience."""
    action = FORM.search(html)
    if not action:
        fail("no answering form on the page:\n" + html[:2000])
    fields = [(n, unescape(v)) for n, v in HIDDEN.findall(html)]
    if answer:
        options = {}
        for _, name, value in CHOICE.findall(html):
            options.setdefault(name, []).append(unescape(value))
        fields += [(name, values[min(2, len(values) - 1)]) for name, values in options.items()]
        fields += [(name, "FR") for name in SELECT.findall(html)]
    fields.append(("nav", nav))
    data = urllib.parse.urlencode(fields).encode()
    return request(base + action.group(1), data=data, method="POST",
                   headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})

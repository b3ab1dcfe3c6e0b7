#!/usr/bin/env python3
"""Fault-injection driver for the JIPP Hub API (started by tests/faults/run.sh).

Starts the published service against the private cluster that run.sh prepared,
drives concurrent idempotent innovation registrations, stops and restarts
PostgreSQL and SIGKILLs the service mid-load, then verifies that every
acknowledged write exists exactly once, that the event feed holds one
`innovation.stateChanged` (to = draft) event per innovation in order, that a
webhook subscription received every event of the feed, correctly signed, in
order per resource (when run.sh could make a certificate for its receiver), and
that no response was a 500. Standard library only; talks to 127.0.0.1 only.

The service runs as deployed (Production, rate limiting on) with the run's own
allowance through the documented settings Jipp:RateLimiting:PermitsPerMinute and
AnonymousPermitsPerMinute (--permits-per-minute, --anonymous-permits-per-minute):
one API client writes with 8 workers and then reads every write back, far more
than the default 600 a minute. The client also behaves as integrators are told
to: a 429 is waited out for its Retry-After and the request repeated (a write
with the same Idempotency-Key and body).

Exit code: 0 when there is no loss, no 500, no event problem and every fault
assertion held; 1 otherwise; 2 when the set-up failed. Duplicates and keys
left `in_progress` fail the run too (--lenient reports them as findings only).
"""

import argparse
import base64
import hashlib
import hmac
import http.server
import json
import os
import secrets
import shlex
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import (Checks, FeedWatcher, SetupError, env, http_call, log, retry_after, set_label,  # noqa: E402
                     unavailable_off_contract)

set_label("faults")

HOST = "127.0.0.1"
PHASE = ["setup"]   # the current phase, for labelling writes
REQUEST_TIMEOUT = 30.0


class Stats:
    """Everything the run observed; one lock for all of it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.status_counts = {}
        self.errors_500 = []          # (method, path, body excerpt)
        self.bad_503 = []             # 503 without Retry-After or without code unavailable
        self.conn_errors = 0
        self.rate_limited = 0         # 429 answers (each waited out for its Retry-After)
        self.rate_limit_headers = {}  # RateLimit-Limit values seen on API answers -> count
        self.responses = []           # (t_start, t_end, method, path, status) of API calls, for window checks
        self.attempted = 0
        self.acknowledged = 0
        self.replays = 0
        self.retries = 0
        self.gave_up = []             # (key, reason)
        self.waited_in_progress = []  # (key, seconds of 409 idempotency_in_progress before the 201, replayed?)
        self.unexpected = []          # (key, status, body excerpt)
        self.acks = {}                # key -> (id, worker, n, t_ack)
        self.key_title = {}           # key -> title
        self.worker_order = {}        # worker -> [key, ...] in acknowledgement order

    def record_response(self, method, path, status, headers, body, t0, t1):
        with self.lock:
            self.status_counts[status] = self.status_counts.get(status, 0) + 1
            if path.startswith("/api/"):
                self.responses.append((t0, t1, method, path, status))
                limit = headers.get("ratelimit-limit")
                self.rate_limit_headers[limit] = self.rate_limit_headers.get(limit, 0) + 1
            if status == 429:
                self.rate_limited += 1
            if status >= 500 and status != 503:
                self.errors_500.append((method, path, status, body[:300]))
            if unavailable_off_contract(path, status, headers, body):
                self.bad_503.append((method, path, headers.get("retry-after"), body[:200]))

    def record_conn_error(self):
        with self.lock:
            self.conn_errors += 1


STATS = Stats()
COUNTS = {}   # verification counts for the summary


def request(port, method, path, body=None, headers=None, timeout=REQUEST_TIMEOUT):
    """One HTTP call on a fresh connection. Returns (status, headers(lower-cased), text) or raises OSError."""
    try:
        status, rh, text, t0, t1 = http_call(HOST, port, method, path, body, headers, timeout)
    except OSError:
        STATS.record_conn_error()
        raise
    STATS.record_response(method, path, status, rh, text, t0, t1)
    return status, rh, text


def request_honouring_429(port, method, path, body=None, headers=None, bound=300.0):
    """request(), but a 429 is waited out for its Retry-After and the same request sent again, for at
    most `bound` seconds of waiting; then the 429 is returned."""
    waited = 0.0
    while True:
        status, rh, text = request(port, method, path, body, headers)
        if status != 429 or waited >= bound:
            return status, rh, text
        pause = min(retry_after(rh), bound - waited) + secrets.randbelow(500) / 1000.0
        time.sleep(pause)
        waited += pause


def free_port():
    """A port below the ephemeral range that is free now (kept for the restart after the SIGKILL)."""
    for _ in range(200):
        port = secrets.randbelow(12000) + 20000
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.bind((HOST, port))
            return port
        except OSError:
            continue
    raise SetupError("no free port for the service")


# ---------------------------------------------------------------- processes


class Service:
    def __init__(self, dll, conn_str, admin_key, port, work, permits, anonymous_permits):
        self.dll, self.conn_str, self.admin_key, self.port, self.work = dll, conn_str, admin_key, port, work
        self.permits, self.anonymous_permits = permits, anonymous_permits
        self.proc = None
        self.starts = 0
        self.log_path = os.path.join(work, "api.log")

    def start(self):
        e = dict(os.environ)
        e.update({
            "ConnectionStrings__Default": self.conn_str,
            "JIPP_ADMIN_API_KEY": self.admin_key,
            "ASPNETCORE_URLS": f"http://{HOST}:{self.port}",
            "ASPNETCORE_ENVIRONMENT": "Production",
            "Jipp__SeedDemoData": "false",
            # The limiter stays on, as deployed; the run gets its own allowance (see --help).
            "Jipp__RateLimiting__Enabled": "true",
            "Jipp__RateLimiting__PermitsPerMinute": str(self.permits),
            "Jipp__RateLimiting__AnonymousPermitsPerMinute": str(self.anonymous_permits),
            "DOTNET_NOLOGO": "1",
        })
        if WEBHOOKS.cert:
            # The receiver listens on 127.0.0.1, a private address the service may call only when told; the secret key is
            # the run's, the same for every start, so that secrets stay readable after the SIGKILL; retries come quickly.
            e.update({
                "SSL_CERT_FILE": WEBHOOKS.cert,
                "Jipp__Webhooks__AllowedNetworks": "127.0.0.0/8",
                "Jipp__Webhooks__SecretKeys__0": WEBHOOKS.encryption_key,
                "Jipp__Webhooks__PollIntervalMilliseconds": "200",
                "Jipp__Webhooks__RetryBaseDelaySeconds": "0.5",
                "Jipp__Webhooks__RetryMaxDelaySeconds": "2",
            })
        logf = open(self.log_path, "a")
        logf.write(f"\n===== start #{self.starts + 1} at {time.strftime('%H:%M:%S')} =====\n")
        logf.flush()
        self.proc = subprocess.Popen(["dotnet", self.dll], env=e, stdout=logf, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, cwd=os.path.dirname(self.dll))
        logf.close()
        self.starts += 1
        with open(os.path.join(self.work, "api.pid"), "w") as f:
            f.write(str(self.proc.pid))

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self):
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def wait_ready(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise SetupError(f"the service exited with code {self.proc.returncode}; see {self.log_path}")
            try:
                status, _, _ = request(self.port, "GET", "/health/ready", timeout=5)
                if status == 200:
                    return time.monotonic()
            except OSError:
                pass
            time.sleep(0.2)
        return None


class Postgres:
    def __init__(self):
        self.prefix = shlex.split(os.environ.get("FAULTS_PG_CTL_PREFIX", ""))
        self.pg_ctl = env("FAULTS_PG_CTL")
        self.datadir = env("FAULTS_PG_DATADIR")
        self.logfile = env("FAULTS_PG_LOGFILE")

    def _ctl(self, *args):
        cmd = self.prefix + [self.pg_ctl, "-D", self.datadir, *args]
        r = subprocess.run(cmd, cwd="/", stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=90)
        if r.returncode != 0:
            raise SetupError(f"{' '.join(cmd)} failed: {r.stdout.strip()}")

    def stop(self):
        self._ctl("stop", "-m", "fast", "-w", "-t", "60")

    def start(self):
        self._ctl("start", "-l", self.logfile, "-w", "-t", "60")


# ---------------------------------------------------------------- load


def innovation_body(title):
    return {
        "title": title,
        "unitName": "Dinas Penanaman Modal dan PTSP",
        "summary": "Layanan perizinan usaha secara daring dalam satu pintu.",
        "problem": "Pengurusan izin usaha memakan waktu berminggu-minggu dan mengharuskan warga datang berkali-kali.",
        "solution": "Seluruh permohonan diajukan dan dilacak secara daring, dengan tanda tangan elektronik.",
        "novelty": "Pertama di wilayah ini yang memadukan semua izin dalam satu aplikasi.",
        "impact": "Waktu layanan turun dari 14 hari menjadi 3 hari.",
        "sector": "investment",
        "form": "publicService",
        "digital": True,
        "maturityStage": "implementation",
        "startedOn": "2022-01-10",
        "implementedOn": "2022-06-01",
        "evidenceLinks": ["https://example.go.id/inovasi/perizinan-online"],
        "replicable": True,
    }


class Load:
    def __init__(self, port, agency_key, run_id, workers, write_deadline, in_progress_limit):
        self.port, self.agency_key, self.run_id = port, agency_key, run_id
        self.workers = workers
        self.write_deadline = write_deadline          # seconds one logical write may keep retrying
        self.in_progress_limit = in_progress_limit    # seconds of consecutive 409 idempotency_in_progress
        self.stop_event = threading.Event()
        self.threads = []

    def start(self):
        for w in range(self.workers):
            t = threading.Thread(target=self._worker, args=(w,), name=f"worker-{w}", daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self, timeout):
        self.stop_event.set()
        deadline = time.monotonic() + timeout
        for t in self.threads:
            t.join(max(0.1, deadline - time.monotonic()))
        return [t.name for t in self.threads if t.is_alive()]

    def _worker(self, w):
        n = 0
        while not self.stop_event.is_set():
            n += 1
            self._write(w, n)

    def _write(self, w, n):
        """One logical write: the same key and body until acknowledged or given up (bounded)."""
        key = f"faults-{self.run_id}-w{w}-{n}"
        title = f"Inovasi Uji Gangguan {self.run_id} w{w} n{n}"
        body = innovation_body(title)
        headers = {"X-Api-Key": self.agency_key, "Idempotency-Key": key}
        with STATS.lock:
            STATS.attempted += 1
            STATS.key_title[key] = title
        started = time.monotonic()
        phase_started = PHASE[0]
        in_progress_since = None
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1:
                with STATS.lock:
                    STATS.retries += 1
            try:
                status, rh, text = request(self.port, "POST", "/api/v1/innovations", body, headers)
            except OSError:
                status, rh, text = None, {}, ""
            if status == 201:
                doc = json.loads(text)
                with STATS.lock:
                    STATS.acknowledged += 1
                    if rh.get("idempotency-replayed") == "true":
                        STATS.replays += 1
                    STATS.acks[key] = (doc["id"], w, n, time.monotonic())
                    if in_progress_since is not None:
                        STATS.waited_in_progress.append((key, time.monotonic() - in_progress_since,
                                                         rh.get("idempotency-replayed") == "true"))
                    STATS.worker_order.setdefault(w, []).append(key)
                return
            code = None
            if status is not None:
                try:
                    code = json.loads(text).get("code")
                except (ValueError, AttributeError):
                    pass
            if status == 409 and code == "idempotency_in_progress":
                if in_progress_since is None:
                    in_progress_since, phase_409 = time.monotonic(), PHASE[0]
                if time.monotonic() - in_progress_since > self.in_progress_limit:
                    with STATS.lock:
                        STATS.gave_up.append((key, f"409 idempotency_in_progress for over {self.in_progress_limit:.0f} s "
                                                   f"(write began in {phase_started}, first 409 in {phase_409})"))
                    return
            elif status is None or status == 503:
                in_progress_since = None
            elif status == 429:
                # Over the client's allowance: wait as long as the service asks, then the same key and body.
                if time.monotonic() - started > self.write_deadline:
                    with STATS.lock:
                        STATS.gave_up.append((key, f"429 rate_limited past the write deadline of {self.write_deadline:.0f} s"))
                    return
                time.sleep(min(retry_after(rh), max(0.0, self.write_deadline - (time.monotonic() - started)))
                           + secrets.randbelow(500) / 1000.0)
                continue
            else:
                with STATS.lock:
                    STATS.unexpected.append((key, status, text[:300]))
                return
            if time.monotonic() - started > self.write_deadline:
                with STATS.lock:
                    STATS.gave_up.append((key, f"no answer other than retryable ones within {self.write_deadline:.0f} s (last: {status} {code})"))
                return
            time.sleep(min(0.1 * attempt, 1.0) + secrets.randbelow(100) / 1000.0)


class WebhookReceiver:
    """The HTTPS endpoint of the run's webhook subscription. It keeps every request, answers 503 to every fifth (a
    receiver having trouble, so that retries happen) and 204 to the others, and is checked at the end: every event of
    the feed accepted at least once, every signature valid, and the events of each resource accepted in feed order."""

    def __init__(self):
        self.cert, self.key = os.environ.get("FAULTS_WEBHOOK_CERT"), os.environ.get("FAULTS_WEBHOOK_KEY")
        self.encryption_key = base64.b64encode(secrets.token_bytes(32)).decode()
        self.lock = threading.Lock()
        self.requests = 0
        self.accepted = []   # (webhook-id, timestamp, signature, body bytes) in the order accepted
        self.refused = 0
        self.server = None
        self.secret = None
        self.start_after = 0

    def start(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.requests += 1
                    refuse = receiver.requests % 5 == 0
                    if refuse:
                        receiver.refused += 1
                    else:
                        receiver.accepted.append((self.headers.get("webhook-id"), self.headers.get("webhook-timestamp"),
                                                  self.headers.get("webhook-signature") or "", body))
                self.send_response(503 if refuse else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((HOST, 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        threading.Thread(target=self.server.serve_forever, name="webhook-receiver", daemon=True).start()
        return f"https://{HOST}:{self.server.server_address[1]}/jipp"

    def stop(self):
        if self.server:
            self.server.shutdown()

    def valid(self, ident, timestamp, signature, body):
        key = base64.b64decode(self.secret[len("whsec_"):])
        expected = hmac.new(key, f"{ident}.{timestamp}.".encode() + body, hashlib.sha256).digest()
        return any(part.startswith("v1,") and hmac.compare_digest(base64.b64decode(part[3:]), expected)
                   for part in signature.split(" "))


WEBHOOKS = WebhookReceiver()


def check_webhooks(events, checks):
    """Waits (bounded) until the receiver accepted every event of the feed, then checks signatures and order."""
    if not WEBHOOKS.secret:
        checks.ok("webhooks: not checked (no certificate for the receiver)")
        return
    events = [e for e in events if e["sequence"] > WEBHOOKS.start_after]
    feed_ids = {e["id"] for e in events}
    sequence = {e["id"]: e["sequence"] for e in events}
    subject = {e["id"]: (e["subject"]["type"], e["subject"]["id"]) for e in events}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with WEBHOOKS.lock:
            accepted_ids = {a[0] for a in WEBHOOKS.accepted}
        if feed_ids <= accepted_ids:
            break
        time.sleep(0.5)
    with WEBHOOKS.lock:
        accepted = list(WEBHOOKS.accepted)
        refused = WEBHOOKS.refused
    accepted_ids = {a[0] for a in accepted}
    missing = feed_ids - accepted_ids
    COUNTS["webhooks"] = f"{len(accepted)} accepted, {refused} refused with 503, {len(missing)} missing"
    if missing:
        checks.fail(f"WEBHOOKS: {len(missing)} of the feed's {len(feed_ids)} events were never accepted by the receiver, e.g. {sorted(missing)[:3]}")
    unknown = accepted_ids - feed_ids
    if unknown:
        checks.fail(f"WEBHOOKS: {len(unknown)} deliveries carry a webhook-id that is no event of the feed, e.g. {sorted(unknown)[:3]}")
    bad = [a[0] for a in accepted if not WEBHOOKS.valid(*a)]
    if bad:
        checks.fail(f"WEBHOOKS: {len(bad)} deliveries are not signed with the subscription's secret, e.g. {bad[:3]}")
    mismatched = [a[0] for a in accepted if a[0] in sequence and json.loads(a[3]).get("sequence") != sequence[a[0]]]
    if mismatched:
        checks.fail(f"WEBHOOKS: {len(mismatched)} bodies are not the feed item of their webhook-id, e.g. {mismatched[:3]}")
    # Per resource, the first acceptance of each event follows feed order.
    first, last_by_subject, disorder = set(), {}, []
    for a in accepted:
        ident = a[0]
        if ident in first or ident not in sequence:
            continue
        first.add(ident)
        key = subject[ident]
        if key in last_by_subject and sequence[ident] < last_by_subject[key]:
            disorder.append((key, sequence[ident], last_by_subject[key]))
        last_by_subject[key] = max(last_by_subject.get(key, 0), sequence[ident])
    if disorder:
        checks.fail(f"WEBHOOKS: {len(disorder)} events reached the receiver before an earlier event of the same resource: {disorder[:3]}")
    duplicates = len(accepted) - len(accepted_ids)
    if not (missing or unknown or bad or mismatched or disorder):
        checks.ok(f"webhooks: every one of the feed's {len(feed_ids)} events accepted by the receiver, signed, as its feed item, "
                  f"in order per resource, through {refused} refusals with 503 and the faults ({duplicates} accepted again: "
                  f"a delivery is at least once, deduplicated on webhook-id)")


def max_concurrent(intervals):
    """The largest number of (start, end) intervals open at one moment."""
    points = sorted([(t0, 1) for t0, _ in intervals] + [(t1, -1) for _, t1 in intervals], key=lambda p: (p[0], p[1]))
    best = current = 0
    for _, d in points:
        current += d
        best = max(best, current)
    return best


# ---------------------------------------------------------------- checks


def get_json(port, path, key, what):
    for attempt in range(10):
        try:
            status, _, text = request_honouring_429(port, "GET", path, headers={"X-Api-Key": key})
        except OSError:
            time.sleep(0.5)
            continue
        if status == 200:
            return json.loads(text)
        if status == 503:
            time.sleep(1)
            continue
        raise SetupError(f"{what}: GET {path} answered {status}: {text[:300]}")
    raise SetupError(f"{what}: GET {path} did not answer 200 after 10 attempts")


def health_poller(port, stop_event, samples):
    """/health/ready every 0.2 s: (time, status or None)."""
    while not stop_event.is_set():
        t = time.monotonic()
        try:
            status, _, _ = request(port, "GET", "/health/ready", timeout=10)
        except OSError:
            status = None
        samples.append((t, time.monotonic(), status))
        stop_event.wait(0.2)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--steady", type=float, default=5.0, help="seconds of load before the outage")
    ap.add_argument("--outage", type=float, default=5.0, help="seconds PostgreSQL stays down")
    ap.add_argument("--after-recovery", type=float, default=5.0, help="seconds of load after recovery, before the SIGKILL")
    ap.add_argument("--after-restart", type=float, default=5.0, help="seconds of load after the restarted service is ready")
    ap.add_argument("--write-deadline", type=float, default=200.0, help="seconds one logical write may keep retrying")
    ap.add_argument("--in-progress-limit", type=float, default=150.0,
                    help="give a write up after this many seconds of 409 idempotency_in_progress "
                         "(the service takes an abandoned claim over after 10 s)")
    ap.add_argument("--permits-per-minute", type=int, default=100000,
                    help="the run's allowance per API client (Jipp__RateLimiting__PermitsPerMinute; deployed default 600): "
                         "the agency client writes with every worker and reads all writes back")
    ap.add_argument("--anonymous-permits-per-minute", type=int, default=10000,
                    help="the allowance per address without a key (Jipp__RateLimiting__AnonymousPermitsPerMinute; "
                         "deployed default 120): /health/ready is polled every 0.2 s")
    ap.add_argument("--lenient", action="store_true", help="duplicates, orphans and stuck keys are reported as findings only, instead of failing the run")
    args = ap.parse_args()

    work = env("FAULTS_WORK")
    pg = Postgres()
    run_id = secrets.token_hex(4)
    admin_key = "faults_" + secrets.token_urlsafe(32)
    try:
        port = free_port()
    except SetupError as e:
        log(f"SET-UP FAILURE: {e}")
        return 2
    svc = Service(env("FAULTS_API_DLL"), env("FAULTS_CONNECTION_STRING"), admin_key, port, work,
                  args.permits_per_minute, args.anonymous_permits_per_minute)
    checks = Checks()

    def on_term(signum, frame):
        svc.kill()
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)

    t_begin = time.monotonic()
    try:
        return run(args, pg, svc, checks, run_id, admin_key, port, t_begin)
    except SetupError as e:
        log(f"SET-UP FAILURE: {e}")
        tail(svc.log_path)
        return 2
    finally:
        svc.stop()


def tail(path, lines=40):
    try:
        with open(path, errors="replace") as f:
            content = f.readlines()[-lines:]
        print(f"----- {path} (last {len(content)} lines) -----")
        sys.stdout.write("".join(content))
    except OSError:
        pass


def run(args, pg, svc, checks, run_id, admin_key, port, t_begin):
    log(f"run {run_id}: starting the service on {HOST}:{port}")
    svc.start()
    if svc.wait_ready(120) is None:
        raise SetupError("the service did not become ready within 120 s")
    admin = admin_key
    agencies = get_json(port, "/api/v1/agencies?type=cityGovernment&pageSize=1", admin, "find an agency")
    if not agencies["items"]:
        raise SetupError("no seeded cityGovernment agency")
    agency = agencies["items"][0]
    status, _, text = request(port, "POST", "/api/v1/api-clients",
                              {"name": f"Uji gangguan {run_id}", "role": "agency", "agencyId": agency["id"]},
                              {"X-Api-Key": admin})
    if status != 201:
        raise SetupError(f"creating the agency client answered {status}: {text[:300]}")
    agency_key = json.loads(text)["key"]
    log(f"agency {agency['name']} ({agency['id']}); {args.workers} workers; rate limiting on, "
        f"{args.permits_per_minute} requests a minute per client, {args.anonymous_permits_per_minute} per address without a key")
    # The limiter is on, with the run's allowance: admitted answers carry RateLimit-Limit.
    status, rh, _ = request_honouring_429(port, "GET", f"/api/v1/agencies/{agency['id']}", headers={"X-Api-Key": agency_key})
    if status != 200:
        raise SetupError(f"reading the agency answered {status}")
    if rh.get("ratelimit-limit") != str(args.permits_per_minute):
        checks.fail(f"rate limiting: an agency's answer carries RateLimit-Limit {rh.get('ratelimit-limit')!r}, expected "
                    f"{args.permits_per_minute} (the limiter is off or the allowance was not applied)")
    else:
        checks.ok(f"rate limiting is on: RateLimit-Limit {rh.get('ratelimit-limit')} a minute for the agency client")

    if WEBHOOKS.cert:
        # The subscription receives the events after the end of the feed as it is now.
        while True:
            page = get_json(port, f"/api/v1/events?after={WEBHOOKS.start_after}&limit=1000", admin, "read the event feed")
            if not page["items"]:
                break
            WEBHOOKS.start_after = page["nextAfter"]
        url = WEBHOOKS.start()
        status, _, text = request(port, "POST", "/api/v1/webhook-subscriptions", {"url": url, "eventTypes": []}, {"X-Api-Key": admin})
        if status != 201:
            raise SetupError(f"subscribing the webhook receiver answered {status}: {text[:300]}")
        WEBHOOKS.secret = json.loads(text)["secret"]
        log(f"webhook receiver on {url}, subscribed to every event")

    load = Load(port, agency_key, run_id, args.workers, args.write_deadline, args.in_progress_limit)
    load.start()
    # A reader polls the feed all through the run while the workers write, each request on its own connection.
    watcher = FeedWatcher(lambda after: request(port, "GET", f"/api/v1/events?after={after}&limit=100",
                                                headers={"X-Api-Key": admin}))
    watcher.start()

    # Phase 1: steady load.
    log(f"phase 1: steady load for {args.steady:.0f} s")
    PHASE[0] = "phase 1 (steady)"
    time.sleep(args.steady)
    with STATS.lock:
        acked_phase1 = STATS.acknowledged
    if acked_phase1 == 0:
        checks.fail("phase 1: no write was acknowledged under steady load")
    else:
        checks.ok(f"phase 1: {acked_phase1} writes acknowledged")
    with STATS.lock:
        writes = [(r[0], r[1]) for r in STATS.responses if r[2] == "POST" and r[3] == "/api/v1/innovations" and r[4] == 201]
    overlap = max_concurrent(writes)
    COUNTS["overlap"] = overlap
    if args.workers > 1 and overlap < 2:
        checks.fail(f"phase 1: writes never overlapped ({args.workers} workers): the run did not test concurrent writers")
    else:
        checks.ok(f"phase 1: up to {overlap} acknowledged writes were in flight at once, each on its own connection")

    # Phase 2: PostgreSQL down.
    health_stop = threading.Event()
    health_samples = []
    poller = threading.Thread(target=health_poller, args=(port, health_stop, health_samples), daemon=True)
    poller.start()
    pid_before = svc.proc.pid
    log("phase 2: pg_ctl stop -m fast")
    pg.stop()
    t_down = time.monotonic()
    PHASE[0] = "phase 2 (PostgreSQL down)"
    with STATS.lock:
        probe_id = next(iter(STATS.acks.values()))[0] if STATS.acks else "00000000-0000-0000-0000-000000000000"
    probes = [
        ("anonymous GET /api/v1/agencies", "/api/v1/agencies?pageSize=1", None),
        ("agency GET /api/v1/innovations/{id}", f"/api/v1/innovations/{probe_id}", agency_key),
        ("admin GET /api/v1/events", "/api/v1/events?after=0&limit=1", admin),
    ]
    time.sleep(1.0)
    probe_results = []
    lives = []
    for _ in range(2):
        try:
            lives.append(request(port, "GET", "/health/live", timeout=10)[0])
        except OSError:
            lives.append(None)
        for name, path, key in probes:
            try:
                st, rh, text = request(port, "GET", path, headers={"X-Api-Key": key} if key else None)
                try:
                    code = json.loads(text).get("code")
                except (ValueError, AttributeError):
                    code = None
                probe_results.append((name, st, rh.get("retry-after"), code, text[:160]))
            except OSError as e:
                probe_results.append((name, None, None, None, str(e)))
        time.sleep(0.3)
    remaining = args.outage - (time.monotonic() - t_down)
    if remaining > 0:
        time.sleep(remaining)
    t_up_begin = time.monotonic()
    log("phase 3: pg_ctl start")
    PHASE[0] = "phase 3 (PostgreSQL restarting)"
    pg.start()
    t_up = time.monotonic()

    # Outage assertions.
    outage_health = [s for (t0, t1, s) in list(health_samples) if t0 > t_down + 0.5 and t1 < t_up_begin]
    if not outage_health:
        checks.fail("phase 2: no /health/ready sample during the outage")
    elif any(s != 503 for s in outage_health):
        checks.fail(f"phase 2: /health/ready during the outage answered {sorted(set(map(str, outage_health)))} (expected only 503)")
    else:
        checks.ok(f"phase 2: /health/ready answered 503 in all {len(outage_health)} samples during the outage")
    for name, path, key in probes:
        results = [r for r in probe_results if r[0] == name]
        bad = [r for r in results if r[1] != 503 or not r[2] or r[3] != "unavailable"]
        if bad:
            checks.fail(f"phase 2: {name} during the outage answered {bad[0][1]} code {bad[0][3]} (Retry-After={bad[0][2]}): {bad[0][4]}")
        else:
            checks.ok(f"phase 2: {name} during the outage answered 503 unavailable with Retry-After ({len(results)} probes)")
    if any(l != 200 for l in lives):
        checks.fail(f"phase 2: /health/live during the outage answered {lives} (expected 200: the process is up)")
    with STATS.lock:
        in_window = [r for r in STATS.responses if r[0] > t_down + 0.5 and r[1] < t_up_begin]
    statuses = {}
    for r in in_window:
        statuses[r[4]] = statuses.get(r[4], 0) + 1
    posts_in_window = [r for r in in_window if r[2] == "POST"]
    if not posts_in_window:
        checks.fail("phase 2: the workers got no answer at all during the outage")
    elif any(r[4] != 503 for r in in_window):
        checks.fail(f"phase 2: API answers during the outage other than 503: {statuses}")
    else:
        checks.ok(f"phase 2: all {len(in_window)} API answers during the outage were 503 ({len(posts_in_window)} writes)")

    # Phase 3: recovery without restart.
    PHASE[0] = "phase 3 (after PostgreSQL came back)"
    t_ready = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(t0 > t_up and s == 200 for (t0, t1, s) in list(health_samples)):
            t_ready = time.monotonic()
            break
        time.sleep(0.2)
    health_stop.set()
    poller.join(15)
    if t_ready is None:
        checks.fail("phase 3: /health/ready did not answer 200 within 60 s after PostgreSQL came back")
    else:
        checks.ok(f"phase 3: /health/ready answered 200 {t_ready - t_up:.1f} s after PostgreSQL came back")
    if not svc.alive() or svc.proc.pid != pid_before:
        checks.fail("phase 3: the service process did not survive the outage")
    ack_deadline = time.monotonic() + 60
    recovered = False
    while time.monotonic() < ack_deadline:
        with STATS.lock:
            recovered = any(a[3] > t_up for a in STATS.acks.values())
        if recovered:
            break
        time.sleep(0.2)
    if recovered:
        checks.ok("phase 3: writes acknowledged again after the outage, same service process")
    else:
        checks.fail("phase 3: no write was acknowledged within 60 s after PostgreSQL came back")
    time.sleep(args.after_recovery)

    # Phase 4: SIGKILL mid-load.
    with STATS.lock:
        before_kill = STATS.acknowledged
    log(f"phase 4: SIGKILL the service (pid {svc.proc.pid}) under load")
    t_kill = time.monotonic()
    PHASE[0] = "phase 4 (service killed)"
    svc.kill()
    time.sleep(0.5)
    svc.start()
    if svc.wait_ready(120) is None:
        raise SetupError("the restarted service did not become ready within 120 s")
    t_back = time.monotonic()
    PHASE[0] = "phase 4 (after the restart)"
    log(f"phase 4: restarted service ready after {t_back - t_kill:.1f} s")
    ack_deadline = time.monotonic() + 60
    recovered = False
    while time.monotonic() < ack_deadline:
        with STATS.lock:
            recovered = any(a[3] > t_back for a in STATS.acks.values())
        if recovered:
            break
        time.sleep(0.2)
    if recovered:
        checks.ok("phase 4: writes acknowledged again after the restart")
    else:
        checks.fail("phase 4: no write was acknowledged within 60 s after the restart")
    time.sleep(args.after_restart)

    # Phase 5: stop the load (writes in flight finish or give up, bounded) and verify.
    log("phase 5: stopping the load")
    PHASE[0] = "phase 5 (load stopping)"
    stuck = load.stop(args.write_deadline + REQUEST_TIMEOUT + 10)
    if stuck:
        checks.fail(f"phase 5: worker threads still running after the bound: {stuck}")
    if not watcher.stop(180):
        checks.fail("phase 5: the feed reader did not reach the end of the feed")
    with STATS.lock:
        acks = dict(STATS.acks)
        key_title = dict(STATS.key_title)
        worker_order = {w: list(ks) for w, ks in STATS.worker_order.items()}
        gave_up = list(STATS.gave_up)
        unexpected = list(STATS.unexpected)
    log(f"phase 5: verifying {len(acks)} acknowledged writes")
    verify(port, admin, agency_key, agency["id"], run_id, acks, key_title, worker_order, gave_up, unexpected, checks, args, watcher)

    summary(args, checks, svc, acks, gave_up, unexpected, time.monotonic() - t_begin)
    fatal = bool(checks.failures) or (not args.lenient and bool(checks.findings))
    print("RESULT: " + ("FAIL" if fatal else ("PASS with findings" if checks.findings else "PASS")))
    return 1 if fatal else 0


def verify(port, admin, agency_key, agency_id, run_id, acks, key_title, worker_order, gave_up, unexpected, checks, args, watcher):
    # 1. Every acknowledged id exists (GET as the agency), in parallel, bounded.
    ids = sorted({a[0] for a in acks.values()})
    by_id = {}
    for key, a in acks.items():
        by_id.setdefault(a[0], []).append(key)
    missing, errors = [], []
    lock = threading.Lock()
    queue = list(ids)

    def check_one():
        while True:
            with lock:
                if not queue:
                    return
                iid = queue.pop()
            try:
                st, _, text = request_honouring_429(port, "GET", f"/api/v1/innovations/{iid}", headers={"X-Api-Key": agency_key})
            except OSError as e:
                st, text = None, str(e)
            with lock:
                if st == 404:
                    missing.append(iid)
                elif st != 200:
                    errors.append((iid, st, text[:200]))

    threads = [threading.Thread(target=check_one, daemon=True) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    if missing:
        checks.fail(f"LOSS: {len(missing)} acknowledged writes do not exist (404): "
                    + ", ".join(f"{i} (key {by_id[i]})" for i in missing[:10]))
    if errors:
        checks.fail(f"{len(errors)} acknowledged writes could not be read: {errors[:5]}")
    if not missing and not errors:
        checks.ok(f"every acknowledged write exists ({len(ids)} ids, GET as the agency)")
    two_keys_one_id = {i: ks for i, ks in by_id.items() if len(ks) > 1}
    if two_keys_one_id:
        checks.fail(f"{len(two_keys_one_id)} ids were acknowledged for more than one key: {list(two_keys_one_id.items())[:5]}")

    # 2. The agency's innovations, paged: one per logical write.
    listed = []
    cursor = None
    for _ in range(10000):
        q = {"agencyId": agency_id, "pageSize": "100"}
        if cursor:
            q["cursor"] = cursor
        page = get_json(port, "/api/v1/innovations?" + urllib.parse.urlencode(q), agency_key, "list the agency's innovations")
        listed.extend(page["items"])
        cursor = page.get("nextCursor")
        if not cursor:
            break
    listed_ids = [i["id"] for i in listed]
    if len(listed_ids) != len(set(listed_ids)):
        checks.fail(f"the innovation list repeats ids ({len(listed_ids)} items, {len(set(listed_ids))} distinct)")
    title_to_key = {t: k for k, t in key_title.items()}
    per_key = {}
    foreign = []
    for item in listed:
        k = title_to_key.get(item.get("title"))
        if k is None:
            foreign.append(item["id"])
        else:
            per_key.setdefault(k, []).append(item["id"])
    if foreign:
        checks.fail(f"{len(foreign)} innovations of the agency match no write of this run: {foreign[:5]}")
    not_listed = [i for i in ids if i not in set(listed_ids)]
    if not_listed:
        checks.fail(f"LOSS: {len(not_listed)} acknowledged ids are missing from the agency's list: {not_listed[:5]}")
    duplicates = {k: v for k, v in per_key.items() if len(v) > 1}
    orphans = {k: v for k, v in per_key.items() if k not in acks}
    extra = len(listed_ids) - len(ids)
    if duplicates:
        checks.finding(f"DUPLICATE: {len(duplicates)} logical writes (one Idempotency-Key each) created more than one innovation: "
                       + "; ".join(f"key {k} -> {v} (acknowledged {acks.get(k, ('-',))[0]})" for k, v in list(duplicates.items())[:5]))
    if orphans:
        checks.finding(f"ORPHAN: {len(orphans)} writes were committed but never acknowledged (the client's retries with the same key "
                       f"never got the answer): " + "; ".join(f"key {k} -> {v}" for k, v in list(orphans.items())[:5]))
    COUNTS.update(listed=len(listed_ids), acked_ids=len(ids), extra=extra, duplicates=len(duplicates),
                  orphans=len(orphans), losses=len(set(missing) | set(not_listed)))
    if not duplicates and not orphans and not foreign and not not_listed:
        checks.ok(f"the agency has exactly one innovation per acknowledged write ({len(listed_ids)} listed, {len(ids)} acknowledged)")
    stuck = [(k, r) for k, r in gave_up if "in_progress" in r]
    if stuck:
        created_n = sum(1 for k, _ in stuck if k in per_key)
        checks.finding(f"STUCK KEY: {len(stuck)} Idempotency-Keys stayed 409 idempotency_in_progress for over "
                       f"{args.in_progress_limit:.0f} s ({created_n} of their writes were committed, {len(stuck) - created_n} not): "
                       + "; ".join(f"{k}: {r}, innovation {per_key.get(k, 'none')}" for k, r in stuck[:8]))
    other_gave_up = [(k, r) for k, r in gave_up if "in_progress" not in r]
    if other_gave_up:
        checks.fail(f"{len(other_gave_up)} writes never got an answer: {other_gave_up[:3]}")
    if unexpected:
        checks.fail(f"{len(unexpected)} writes got an unexpected answer: {unexpected[:3]}")

    # 3. The event feed, as the admin.
    events = []
    after = 0
    for _ in range(100000):
        page = get_json(port, f"/api/v1/events?after={after}&limit=1000", admin, "read the event feed")
        items = page["items"]
        events.extend(items)
        if not items:
            if page.get("nextAfter") != after:
                checks.fail(f"events: an empty page answered nextAfter={page.get('nextAfter')} for after={after}")
            break
        if page.get("nextAfter") != items[-1]["sequence"]:
            checks.fail(f"events: nextAfter {page.get('nextAfter')} is not the last sequence {items[-1]['sequence']}")
        after = items[-1]["sequence"]
    seqs = [e["sequence"] for e in events]
    event_problems = 0
    if any(b <= a for a, b in zip(seqs, seqs[1:])):
        checks.fail("events: sequences are not strictly increasing")
        event_problems += 1
    ids_of_events = [e["id"] for e in events]
    if len(ids_of_events) != len(set(ids_of_events)):
        checks.fail("events: an event id appears twice in the feed")
        event_problems += 1
    existing = set(listed_ids)
    created = {}
    for e in events:
        if e["type"] == "innovation.stateChanged" and (e.get("data") or {}).get("to") == "draft":
            iid = e["subject"]["id"]
            if e["subject"]["type"] != "innovation" or e["data"].get("innovationId") != iid:
                checks.fail(f"events: subject and data disagree in {e}")
                event_problems += 1
            created.setdefault(iid, []).append(e["sequence"])
    twice = {i: s for i, s in created.items() if len(s) > 1}
    without_event = [i for i in existing if i not in created]
    ours_without_innovation = [i for i, s in created.items() if i not in existing
                               and any(e["data"].get("agencyId") == agency_id for e in events if e["subject"]["id"] == i)]
    if twice:
        checks.fail(f"EVENT TWICE: {len(twice)} innovations have more than one creation event: {list(twice.items())[:5]}")
        event_problems += 1
    if without_event:
        checks.fail(f"EVENT MISSING: {len(without_event)} innovations have no innovation.stateChanged (to draft) event: {without_event[:5]}")
        event_problems += 1
    if ours_without_innovation:
        checks.fail(f"EVENT WITHOUT WRITE: {len(ours_without_innovation)} creation events name innovations that do not exist: {ours_without_innovation[:5]}")
        event_problems += 1
    # In order: a worker's writes are sequential, so their events follow its acknowledgement order.
    out_of_order = []
    for w, keys in worker_order.items():
        seq_prev = None
        for k in keys:
            iid = acks[k][0]
            s = created.get(iid, [None])[0]
            if s is None:
                continue
            if seq_prev is not None and s <= seq_prev:
                out_of_order.append((w, k, s, seq_prev))
            seq_prev = s
    if out_of_order:
        checks.fail(f"EVENT ORDER: {len(out_of_order)} writes have an event sequence below that of an earlier write of the same client: {out_of_order[:5]}")
        event_problems += 1
    # The reader that polled during the load: never an event at or below a passed position, never one twice, and in
    # the end exactly the feed (the same events at the same positions).
    if watcher.violations:
        checks.fail(f"FEED READER: {len(watcher.violations)} violations while polling during the load: {watcher.violations[:5]}")
        event_problems += 1
    final = [(e["sequence"], e["id"]) for e in events]
    if watcher.items != final:
        missing_in_watch = len(set(final) - set(watcher.items))
        extra_in_watch = len(set(watcher.items) - set(final))
        checks.fail(f"FEED READER: what the polling reader collected ({len(watcher.items)} events) is not the feed ({len(final)}): "
                    f"{missing_in_watch} not seen, {extra_in_watch} seen but not in the feed or at another position")
        event_problems += 1
    else:
        checks.ok(f"events: a reader polling during the load ({watcher.polls} polls, {watcher.unavailable} unavailable during the faults) "
                  f"collected exactly the feed ({len(final)} events), never one at or below a passed position")
    if event_problems == 0:
        COUNTS["events"] = "ok"
        checks.ok(f"events: {len(events)} in the feed, sequences strictly increasing, exactly one creation event per innovation "
                  f"({len(created)}), in acknowledgement order per client")
    check_webhooks(events, checks)


def summary(args, checks, svc, acks, gave_up, unexpected, elapsed):
    s = STATS
    with s.lock:
        counts = dict(sorted(s.status_counts.items()))
        n500 = list(s.errors_500)
        bad503 = list(s.bad_503)
    if n500:
        checks.fail(f"{len(n500)} responses were 5xx other than 503, e.g. {n500[:3]}")
    if bad503:
        checks.fail(f"{len(bad503)} API 503s lacked Retry-After or code 'unavailable', e.g. {bad503[:3]}")
    unhandled = 0
    try:
        with open(svc.log_path, errors="replace") as f:
            unhandled = sum(1 for line in f if "Unhandled exception" in line)
    except OSError:
        pass
    print()
    print("===== fault-injection summary =====")
    print(f"  duration                  {elapsed:.0f} s, {args.workers} workers, service started {svc.starts} times")
    print(f"  concurrent writes         up to {COUNTS.get('overlap', '?')} in flight at once (steady load), each request on its own connection")
    print(f"  writes attempted          {s.attempted}")
    print(f"  writes acknowledged       {s.acknowledged} (of which {s.replays} replays with Idempotency-Replayed)")
    print(f"  retries                   {s.retries}")
    print(f"  connection errors         {s.conn_errors}")
    print(f"  503 answers               {counts.get(503, 0)} (without Retry-After/unavailable: {len(bad503)})")
    with s.lock:
        lat = sorted(t1 - t0 for (t0, t1, m, pth, st) in s.responses if st == 503)
    if lat:
        print(f"  503 latency               median {lat[len(lat) // 2]:.2f} s, max {lat[-1]:.2f} s")
    print(f"  500 answers               {len(n500)}")
    with s.lock:
        n429 = s.rate_limited
        limits = dict(s.rate_limit_headers)
    print(f"  429 answers               {n429} (each waited out for its Retry-After); rate limiting on, "
          f"{args.permits_per_minute}/min per client, {args.anonymous_permits_per_minute}/min per address without a key; "
          f"RateLimit-Limit on API answers: {limits}")
    print(f"  HTTP statuses             {counts}")
    print(f"  innovations of the agency {COUNTS.get('listed', '?')} for {COUNTS.get('acked_ids', '?')} acknowledged ids "
          f"(extra: {COUNTS.get('extra', '?')}; duplicates: {COUNTS.get('duplicates', '?')}, committed but unacknowledged: {COUNTS.get('orphans', '?')})")
    print(f"  LOSSES                    {COUNTS.get('losses', '?')}")
    print(f"  event checks              {COUNTS.get('events', 'FAILED (see failures)')}")
    print(f"  webhook deliveries        {COUNTS.get('webhooks', 'not checked')}")
    print(f"  writes given up           {len(gave_up)} (stuck in_progress: {sum(1 for _, r in gave_up if 'in_progress' in r)})")
    with s.lock:
        waited = list(s.waited_in_progress)
    long_waits = [x for x in waited if x[1] > 10]
    print(f"  waited on in_progress     {len(waited)} writes got 409 idempotency_in_progress before their 201; "
          f"{len(long_waits)} for over 10 s (abandoned claims taken over: "
          f"{', '.join(f'{k} {t:.0f} s' for k, t, _ in long_waits[:6])})")
    print(f"  unexpected write answers  {len(unexpected)}")
    print(f"  'Unhandled exception' in service log: {unhandled}")
    print(f"  checks passed             {len(checks.notes)}")
    for n in checks.notes:
        print(f"    ok   {n}")
    print(f"  findings                  {len(checks.findings)}")
    for n in checks.findings:
        print(f"    FIND {n}")
    print(f"  failures                  {len(checks.failures)}")
    for n in checks.failures:
        print(f"    FAIL {n}")


if __name__ == "__main__":
    sys.exit(main())

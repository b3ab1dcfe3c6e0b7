#!/usr/bin/env python3
"""Failover driver for the JIPP Hub API (started by tests/failover/run.sh on a scripts/cluster.sh cluster).

Through the load balancer only, as integrators would: concurrent writers (idempotent innovation registrations,
each worker an API client of its own), readers of acknowledged writes, and a reader polling the event feed.
Meanwhile it SIGKILLs service instance 1, stops the PostgreSQL primary at once (immediate mode) and promotes
the standby; the surviving instance must find the new primary by itself through its multi-host connection
string. Instance 1 is started again afterwards. Then it verifies:

- every acknowledged write exists on the new primary (SQL) and in the agency's list (API), exactly once;
- the event feed holds exactly one creation event per innovation, in each writer's order, and what the polling
  reader collected is exactly the feed;
- no answer was a 500; 502/504 from the load balancer only right after a fault; every 503 has Retry-After
  and code `unavailable`;
- writes resumed within --resume-bound seconds of the primary's loss (measured and printed);
- one API client's rate limit held across both instances: a burst through the load balancer, answered by both
  instances, was admitted no more than the client's allowance a minute.

Standard library only; talks to 127.0.0.1 only. Exit code 0 when every check held, 1 when one failed, 2 when the
set-up failed. Duplicates and keys left `in_progress` are findings (printed; they fail the run unless --lenient), as in
tests/faults.
"""

import argparse
import json
import math
import os
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from harness import (Checks, FeedWatcher, SetupError, env, http_call, log, retry_after, set_label,  # noqa: E402
                     unavailable_off_contract)

set_label("failover")

HOST = "127.0.0.1"
REQUEST_TIMEOUT = 30.0
PHASE = ["setup"]


# ---------------------------------------------------------------- recording


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.status_counts = {}
        self.responses = []        # (t0, t1, method, path, status, instance, phase)
        self.errors_500 = []       # (phase, method, path, status, instance, body)
        self.bad_503 = []
        self.conn_errors = 0
        self.rate_limited = 0
        self.attempted = 0
        self.acknowledged = 0
        self.replays = 0
        self.retries = 0
        self.acks = {}             # key -> (id, worker, n, t_request_start, t_ack, instance)
        self.key_title = {}
        self.worker_order = {}
        self.gave_up = []
        self.unexpected = []
        self.waited_in_progress = []
        self.reads = {}            # status -> count (readers of acknowledged writes)
        self.read_misses = []      # (id, t_ack, t_read, instance)

    def record(self, method, path, status, headers, body, t0, t1):
        inst = headers.get("x-jipp-instance")
        with self.lock:
            self.status_counts[status] = self.status_counts.get(status, 0) + 1
            self.responses.append((t0, t1, method, path.split("?")[0], status, inst, PHASE[0]))
            if status == 429:
                self.rate_limited += 1
            if status == 500 or (status >= 500 and status not in (502, 503, 504)):
                self.errors_500.append((PHASE[0], method, path, status, inst, body[:300]))
            if unavailable_off_contract(path, status, headers, body):
                self.bad_503.append((PHASE[0], method, path, inst, headers.get("retry-after"), body[:200]))


STATS = Stats()
COUNTS = {}


class Pacer:
    """Keeps one API client below its allowance: requests start at least `interval` seconds apart."""

    def __init__(self, interval):
        self.interval = interval
        self.lock = threading.Lock()
        self.next = 0.0

    def wait(self):
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next)
            self.next = start + self.interval
        if start > now:
            time.sleep(start - now)


def request(port, method, path, body=None, headers=None, timeout=REQUEST_TIMEOUT, pacer=None):
    """One HTTP call on a new connection: (status, lower-cased headers, text, t_start, t_end); OSError on a connection error."""
    if pacer is not None:
        pacer.wait()
    try:
        status, rh, text, t0, t1 = http_call(HOST, port, method, path, body, headers, timeout)
    except OSError:
        with STATS.lock:
            STATS.conn_errors += 1
        raise
    STATS.record(method, path, status, rh, text, t0, t1)
    return status, rh, text, t0, t1


def get_json(port, path, key, what, pacer=None, attempts=60):
    """GET that waits out 429 (Retry-After) and 502/503/504 or connection errors, bounded."""
    for _ in range(attempts):
        try:
            status, rh, text, _, _ = request(port, "GET", path, headers={"X-Api-Key": key}, pacer=pacer)
        except OSError:
            time.sleep(1)
            continue
        if status == 200:
            return json.loads(text)
        if status == 429:
            time.sleep(retry_after(rh))
            continue
        if status in (502, 503, 504):
            time.sleep(1)
            continue
        raise SetupError(f"{what}: GET {path} answered {status}: {text[:300]}")
    raise SetupError(f"{what}: GET {path} did not answer 200 after {attempts} attempts")


def post_json(port, path, body, key, what):
    for _ in range(30):
        try:
            status, rh, text, _, _ = request(port, "POST", path, body, {"X-Api-Key": key, "Idempotency-Key": secrets.token_hex(16)})
        except OSError:
            time.sleep(1)
            continue
        if status == 201:
            return json.loads(text)
        if status in (429, 502, 503, 504):
            time.sleep(retry_after(rh) if status == 429 else 1)
            continue
        raise SetupError(f"{what}: POST {path} answered {status}: {text[:300]}")
    raise SetupError(f"{what}: POST {path} did not succeed after 30 attempts")


# ---------------------------------------------------------------- the cluster


class Cluster:
    """The cluster's subcommands (scripts/cluster.sh) and SQL on its databases."""

    def __init__(self):
        self.script = env("FAILOVER_CLUSTER_SH")
        self.psql = env("FAILOVER_PSQL")
        self.primary = (env("FAILOVER_PRIMARY_SOCK"), env("FAILOVER_PRIMARY_PORT"))
        self.standby = (env("FAILOVER_STANDBY_SOCK"), env("FAILOVER_STANDBY_PORT"))

    def run(self, *args):
        t0 = time.monotonic()
        r = subprocess.run(["bash", self.script, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=180)
        if r.returncode != 0:
            raise SetupError(f"scripts/cluster.sh {' '.join(args)} failed: {r.stdout.strip()[-800:]}")
        log(f"scripts/cluster.sh {' '.join(args)} ({time.monotonic() - t0:.1f} s)")

    def sql(self, server, query, stdin=None):
        sock, port = server
        r = subprocess.run([self.psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", sock, "-p", port,
                            "-U", "postgres", "-d", "jipp", "-c", query] if stdin is None else
                           [self.psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", sock, "-p", port,
                            "-U", "postgres", "-d", "jipp"],
                           input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        if r.returncode != 0:
            raise SetupError(f"psql on {sock}:{port} failed: {r.stderr.strip()[:500]}")
        return [line for line in r.stdout.splitlines() if line.strip()]


# ---------------------------------------------------------------- load


def innovation_body(title):
    return {
        "title": title,
        "unitName": "Dinas Komunikasi dan Informatika",
        "summary": "Layanan pengaduan warga terpadu yang dapat diakses dari seluruh kecamatan.",
        "problem": "Pengaduan warga tersebar di banyak kanal dan sering tidak ditindaklanjuti tepat waktu.",
        "solution": "Satu kanal pengaduan daring dengan pelacakan status dan batas waktu tindak lanjut.",
        "novelty": "Pertama di wilayah ini yang menghubungkan semua perangkat daerah dalam satu alur.",
        "impact": "Waktu tindak lanjut pengaduan turun dari 10 hari menjadi 2 hari.",
        "sector": "communication",
        "form": "publicService",
        "digital": True,
        "maturityStage": "implementation",
        "startedOn": "2023-02-01",
        "implementedOn": "2023-08-01",
        "evidenceLinks": ["https://example.go.id/inovasi/pengaduan-terpadu"],
        "replicable": True,
    }


class Writers:
    def __init__(self, port, keys, run_id, interval, write_deadline, in_progress_limit):
        self.port, self.keys, self.run_id = port, keys, run_id
        self.pacers = [Pacer(interval) for _ in keys]
        self.write_deadline, self.in_progress_limit = write_deadline, in_progress_limit
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self._worker, args=(w,), name=f"writer-{w}", daemon=True) for w in range(len(keys))]

    def start(self):
        for t in self.threads:
            t.start()

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
        key = f"failover-{self.run_id}-w{w}-{n}"
        title = f"Inovasi Uji Failover {self.run_id} w{w} n{n}"
        body = innovation_body(title)
        headers = {"X-Api-Key": self.keys[w], "Idempotency-Key": key}
        with STATS.lock:
            STATS.attempted += 1
            STATS.key_title[key] = title
        started = time.monotonic()
        in_progress_since = None   # consecutive 409 idempotency_in_progress, for the limit
        first_409 = None           # the first one, for the summary
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1:
                with STATS.lock:
                    STATS.retries += 1
            try:
                status, rh, text, t0, t1 = request(self.port, "POST", "/api/v1/innovations", body, headers, pacer=self.pacers[w])
            except OSError:
                status, rh, text, t0, t1 = None, {}, "", 0.0, 0.0
            if status == 201:
                doc = json.loads(text)
                with STATS.lock:
                    STATS.acknowledged += 1
                    if rh.get("idempotency-replayed") == "true":
                        STATS.replays += 1
                    STATS.acks[key] = (doc["id"], w, n, t0, t1, rh.get("x-jipp-instance"))
                    STATS.worker_order.setdefault(w, []).append(key)
                    if first_409 is not None:
                        STATS.waited_in_progress.append((key, t1 - first_409))
                return
            code = None
            try:
                code = json.loads(text).get("code") if text else None
            except (ValueError, AttributeError):
                pass
            if status == 409 and code == "idempotency_in_progress":
                if in_progress_since is None:
                    in_progress_since = time.monotonic()
                if first_409 is None:
                    first_409 = in_progress_since
                if time.monotonic() - in_progress_since > self.in_progress_limit:
                    with STATS.lock:
                        STATS.gave_up.append((key, f"409 idempotency_in_progress for over {self.in_progress_limit:.0f} s"))
                    return
            elif status in (None, 502, 503, 504):
                in_progress_since = None
            elif status == 429:
                time.sleep(retry_after(rh))
            else:
                with STATS.lock:
                    STATS.unexpected.append((key, status, text[:300]))
                return
            if time.monotonic() - started > self.write_deadline:
                with STATS.lock:
                    STATS.gave_up.append((key, f"no acknowledgement within {self.write_deadline:.0f} s (last: {status} {code})"))
                return
            time.sleep(min(0.1 * attempt, 1.0) + secrets.randbelow(100) / 1000.0)


class Readers:
    """Read acknowledged writes back by id (each reader an API client of the agency), at least `settle` seconds
    after their acknowledgement: every such read must find the innovation."""

    def __init__(self, port, keys, interval, settle):
        self.port, self.keys, self.settle = port, keys, settle
        self.pacers = [Pacer(interval) for _ in keys]
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self._reader, args=(r,), name=f"reader-{r}", daemon=True) for r in range(len(keys))]

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self, timeout):
        self.stop_event.set()
        for t in self.threads:
            t.join(timeout)

    def _reader(self, r):
        while not self.stop_event.is_set():
            now = time.monotonic()
            with STATS.lock:
                settled = [a for a in STATS.acks.values() if a[4] < now - self.settle]
            if not settled:
                self.stop_event.wait(0.2)
                continue
            # Mostly recent writes, sometimes any.
            a = settled[-1 - secrets.randbelow(min(len(settled), 20))] if secrets.randbelow(2) else settled[secrets.randbelow(len(settled))]
            try:
                status, rh, text, t0, t1 = request(self.port, "GET", f"/api/v1/innovations/{a[0]}", headers={"X-Api-Key": self.keys[r]}, pacer=self.pacers[r])
            except OSError:
                status = None
            with STATS.lock:
                STATS.reads[status] = STATS.reads.get(status, 0) + 1
                if status == 404:
                    STATS.read_misses.append((a[0], a[4], t0, rh.get("x-jipp-instance")))
            if status == 429:
                time.sleep(retry_after(rh))


# ---------------------------------------------------------------- checks


def rate_limit_check(port, key, limit, checks):
    """A burst of 1.5 x the allowance from one client through the load balancer, within one minute: the cluster
    may admit at most `limit` of it. With limits kept per instance, each of the two instances admits its own
    allowance, so up to 2 x `limit`."""
    burst = limit * 3 // 2
    # Fixed windows may be aligned to the minute (a shared counter) or start at the client's first request (an
    # instance's own): start early in a wall-clock minute so that the burst stays within one window either way.
    if time.time() % 60 > 30:
        wait = 60 - time.time() % 60 + 0.5
        log(f"rate limit: waiting {wait:.0f} s for the next minute to begin")
        time.sleep(wait)
    results = []
    lock = threading.Lock()
    todo = list(range(burst))

    def one():
        while True:
            with lock:
                if not todo:
                    return
                todo.pop()
            try:
                status, rh, _, _, _ = request(port, "GET", "/api/v1/sectors", headers={"X-Api-Key": key})
            except OSError:
                status, rh = None, {}
            with lock:
                results.append((status, rh.get("x-jipp-instance")))

    t0 = time.monotonic()
    threads = [threading.Thread(target=one, daemon=True) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    took = time.monotonic() - t0
    admitted = sum(1 for s, _ in results if s == 200)
    refused = sum(1 for s, _ in results if s == 429)
    per_instance = {}
    for s, inst in results:
        d = per_instance.setdefault(inst or "?", {})
        d[s] = d.get(s, 0) + 1
    COUNTS["rate_limit"] = (burst, admitted, refused, took, per_instance)
    log(f"rate limit: {burst} requests in {took:.1f} s: {admitted} admitted, {refused} refused (429); by instance {per_instance}")
    instances = {inst for _, inst in results if inst}
    if len(instances) < 2:
        checks.fail(f"rate limit: the burst reached only {sorted(instances)} (the load balancer did not spread it over both instances)")
        return
    if took >= 50:
        checks.fail(f"rate limit: the burst took {took:.0f} s, too long to stay within one window of a minute")
        return
    others = [s for s, _ in results if s not in (200, 429)]
    if others:
        checks.fail(f"rate limit: the burst got answers other than 200 and 429: {others[:10]}")
    # A limiter that refills as it goes (a sliding window, a token bucket) may admit what the allowance accrues during the
    # burst on top of the allowance; a fixed window admits the allowance only.
    bound = limit + math.ceil(limit * took / 60.0)
    COUNTS["rate_limit_bound"] = bound
    if admitted > bound:
        checks.fail(f"RATE LIMIT ACROSS INSTANCES: one client was admitted {admitted} of {burst} requests within {took:.1f} s through "
                    f"both instances, over its allowance of {limit} a minute (at most {bound} with what accrues during the burst; "
                    f"by instance: {per_instance}): the instances do not share the client's count (each limits on its own; "
                    f"a count shared through ConnectionStrings__Redis admits at most {bound})")
    elif refused == 0:
        checks.fail(f"rate limit: no request of the burst of {burst} was refused")
    else:
        checks.ok(f"rate limit across instances: one client's burst of {burst} through both instances was admitted {admitted} "
                  f"times (allowance {limit} a minute, at most {bound} with what accrues in {took:.1f} s), {refused} refused with 429")


def ack_after(t, instance=None):
    """The first acknowledgement (t_ack, key) of a write whose request began after t (optionally answered by instance)."""
    with STATS.lock:
        cands = [(a[4], k) for k, a in STATS.acks.items() if a[3] > t and (instance is None or a[5] == instance)]
    return min(cands) if cands else None


def wait_for(pred, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        r = pred()
        if r:
            return r
        time.sleep(0.1)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--writers", type=int, default=8)
    ap.add_argument("--readers", type=int, default=2)
    ap.add_argument("--steady", type=float, default=8.0, help="seconds of load before instance 1 is killed")
    ap.add_argument("--after-kill", type=float, default=8.0, help="seconds of load on one instance before the primary is stopped")
    ap.add_argument("--promote-after", type=float, default=3.0, help="seconds between the primary's loss and the promotion (detection)")
    ap.add_argument("--after-failover", type=float, default=8.0, help="seconds of load after writes resumed, before instance 1 starts again")
    ap.add_argument("--after-rejoin", type=float, default=6.0, help="seconds of load after instance 1 is back")
    ap.add_argument("--resume-bound", type=float, default=30.0, help="writes must resume within this many seconds of the primary's loss")
    ap.add_argument("--write-deadline", type=float, default=150.0)
    ap.add_argument("--in-progress-limit", type=float, default=45.0,
                    help="give a write up after this many seconds of 409 idempotency_in_progress: a claim abandoned before its "
                         "commit is taken over after 10 s; a change commits with its kept response (ADR 9), so a key that stays "
                         "in_progress longer is a STUCK KEY finding")
    ap.add_argument("--lenient", action="store_true", help="duplicates, orphans and stuck keys are reported as findings only, "
                    "instead of failing the run")
    args = ap.parse_args()

    port = int(env("FAILOVER_LB_PORT"))
    admin = env("FAILOVER_ADMIN_KEY")
    limit = int(env("FAILOVER_PERMITS_PER_MINUTE"))
    cluster = Cluster()
    checks = Checks()
    run_id = secrets.token_hex(4)
    t_begin = time.monotonic()
    try:
        rc = run(args, port, admin, limit, cluster, checks, run_id)
    except SetupError as e:
        log(f"SET-UP FAILURE: {e}")
        return 2
    summary(args, checks, limit, time.monotonic() - t_begin)
    fatal = bool(checks.failures) or (not args.lenient and bool(checks.findings))
    print("RESULT: " + ("FAIL" if fatal else ("PASS with findings" if checks.findings else "PASS")))
    return 1 if fatal else rc


def run(args, port, admin, limit, cluster, checks, run_id):
    # Every client stays below 80 % of its allowance, so that the load itself is never refused.
    interval = 60.0 / (0.8 * limit)
    agencies = get_json(port, "/api/v1/agencies?type=regencyGovernment&pageSize=1", admin, "find an agency")
    if not agencies["items"]:
        raise SetupError("no seeded regencyGovernment agency")
    agency = agencies["items"][0]

    def client(name):
        return post_json(port, "/api/v1/api-clients", {"name": f"Uji failover {run_id} {name}", "role": "agency", "agencyId": agency["id"]},
                         admin, "create an API client")["key"]

    writer_keys = [client(f"penulis {w}") for w in range(args.writers)]
    reader_keys = [client(f"pembaca {r}") for r in range(args.readers)]
    verifier_key = client("pemeriksa")
    burst_key = client("batas laju")
    log(f"run {run_id}: agency {agency['name']}; {args.writers} writers and {args.readers} readers (API clients of their own, "
        f"each at most {60 / interval:.0f} requests a minute), allowance {limit} a minute per client")

    # The standby streams synchronously: a commit is acknowledged only once the standby has it.
    rows = cluster.sql(cluster.primary, "SELECT application_name || ' ' || state || ' ' || sync_state FROM pg_stat_replication")
    if "standby1 streaming sync" in rows:
        checks.ok("replication: the standby streams synchronously (pg_stat_replication: standby1 streaming sync)")
    else:
        checks.fail(f"replication: the standby does not stream synchronously: {rows}")
    sync = cluster.sql(cluster.primary, "SHOW synchronous_commit")
    if sync and sync[0] in ("on", "remote_apply", "remote_write"):
        checks.ok(f"replication: synchronous_commit = {sync[0]} on the primary")
    else:
        checks.fail(f"replication: synchronous_commit = {sync} on the primary")

    # Rate limit: one client's burst through both instances.
    PHASE[0] = "rate limit"
    rate_limit_check(port, burst_key, limit, checks)

    writers = Writers(port, writer_keys, run_id, interval, args.write_deadline, args.in_progress_limit)
    readers = Readers(port, reader_keys, interval, settle=2.0)
    feed_pacer = Pacer(interval)
    watcher = FeedWatcher(lambda after: request(port, "GET", f"/api/v1/events?after={after}&limit=100",
                                                headers={"X-Api-Key": admin}, pacer=feed_pacer)[:3],
                          unavailable_statuses=(502, 503, 504), idle_wait=0.3, error_wait=0.3)
    PHASE[0] = "steady"
    writers.start()
    readers.start()
    watcher.start()
    log(f"phase 1: steady load for {args.steady:.0f} s")
    time.sleep(args.steady)
    with STATS.lock:
        acked = STATS.acknowledged
        served = {a[5] for a in STATS.acks.values()}
    if acked == 0:
        raise SetupError(f"no write was acknowledged under steady load (unexpected answers: {STATS.unexpected[:2]})")
    checks.ok(f"phase 1: {acked} writes acknowledged, answered by {sorted(x for x in served if x)}")

    # Phase 2: SIGKILL instance 1.
    PHASE[0] = "instance 1 killed"
    t_kill = time.monotonic()
    cluster.run("kill-instance", "1")
    r = wait_for(lambda: ack_after(t_kill + 0.2), 30)
    if r:
        checks.ok(f"phase 2: writes acknowledged {r[0] - t_kill:.2f} s after instance 1 was killed (by the other instance)")
    else:
        checks.fail("phase 2: no write was acknowledged within 30 s after instance 1 was killed")
    time.sleep(args.after_kill)
    with STATS.lock:
        from_killed = [k for k, a in STATS.acks.items() if a[3] > t_kill + 5 and a[5] == "instance1"]
    if from_killed:
        checks.fail(f"phase 2: {len(from_killed)} writes were answered by the killed instance 1")

    # Phase 3: the primary is lost; the standby is promoted.
    PHASE[0] = "primary lost"
    with STATS.lock:
        acked_before = STATS.acknowledged
    t_stop = time.monotonic()
    cluster.run("stop-primary")
    t_stopped = time.monotonic()
    log(f"phase 3: primary stopped ({acked_before} writes acknowledged before); promoting the standby in {args.promote_after:.0f} s")
    time.sleep(args.promote_after)
    PHASE[0] = "promoting"
    t_promote = time.monotonic()
    cluster.run("promote")
    t_promoted = time.monotonic()
    PHASE[0] = "after failover"
    r = wait_for(lambda: ack_after(t_stopped), max(1.0, args.resume_bound + 30 - (time.monotonic() - t_stop)))
    if r is None:
        checks.fail(f"FAILOVER: no write was acknowledged within {args.resume_bound + 30:.0f} s of the primary's loss")
        COUNTS["resume"] = None
    else:
        resumed = r[0] - t_stop
        COUNTS["resume"] = (resumed, r[0] - t_promoted, t_promote - t_stop)
        msg = (f"writes resumed {resumed:.1f} s after the primary was stopped ({r[0] - t_promoted:.1f} s after the promotion "
               f"completed, which began {t_promote - t_stop:.1f} s after the stop)")
        if resumed <= args.resume_bound:
            checks.ok(f"FAILOVER: {msg}; bound {args.resume_bound:.0f} s")
        else:
            checks.fail(f"FAILOVER: {msg}: over the bound of {args.resume_bound:.0f} s")
    # The surviving instance found the new primary by itself (its connection string is unchanged).
    r2 = wait_for(lambda: ack_after(t_stopped, "instance2"), 30)
    if r2:
        checks.ok("FAILOVER: instance 2, started before the failover, writes to the new primary without a restart")
    else:
        checks.fail("FAILOVER: instance 2 acknowledged no write after the failover")
    time.sleep(args.after_failover)

    # Phase 4: instance 1 starts again, on the new topology, with the same settings.
    PHASE[0] = "instance 1 restarting"
    t_rejoin = time.monotonic()
    cluster.run("start-instance", "1")
    PHASE[0] = "both instances again"
    r3 = wait_for(lambda: ack_after(t_rejoin, "instance1"), 30)
    if r3:
        checks.ok(f"phase 4: the restarted instance 1 acknowledges writes through the load balancer ({r3[0] - t_rejoin:.1f} s after its start began)")
    else:
        checks.fail("phase 4: the restarted instance 1 acknowledged no write within 30 s through the load balancer")
    time.sleep(args.after_rejoin)

    # Phase 5: stop the load and verify.
    PHASE[0] = "load stopping"
    log("phase 5: stopping the load")
    stuck = writers.stop(args.write_deadline + REQUEST_TIMEOUT + 10)
    if stuck:
        checks.fail(f"phase 5: writer threads still running after the bound: {stuck}")
    readers.stop(REQUEST_TIMEOUT + 5)
    if not watcher.stop(180):
        checks.fail("phase 5: the feed reader did not reach the end of the feed")
    PHASE[0] = "verify"
    verify(port, admin, verifier_key, agency["id"], cluster, checks, args, watcher, interval,
           windows=[(t_kill, t_kill + 10), (t_stop, (r[0] if r else t_stop + 60) + 10), (t_rejoin, t_rejoin + 10)])
    return 0


def verify(port, admin, verifier_key, agency_id, cluster, checks, args, watcher, interval, windows):
    with STATS.lock:
        acks = dict(STATS.acks)
        key_title = dict(STATS.key_title)
        worker_order = {w: list(ks) for w, ks in STATS.worker_order.items()}
        gave_up = list(STATS.gave_up)
        unexpected = list(STATS.unexpected)
        responses = list(STATS.responses)
        read_misses = list(STATS.read_misses)
    log(f"phase 5: verifying {len(acks)} acknowledged writes")
    ids = sorted({a[0] for a in acks.values()})
    by_id = {}
    for k, a in acks.items():
        by_id.setdefault(a[0], []).append(k)

    # 1. On the new primary, by SQL: every acknowledged id is a row.
    found = set()
    for i in range(0, len(ids), 1000):
        chunk = ids[i:i + 1000]
        values = ",".join(f"('{x}'::uuid)" for x in chunk)
        found.update(cluster.sql(cluster.standby, f"SELECT i.id FROM innovations i JOIN (VALUES {values}) v(id) ON v.id = i.id;"))
    lost = [x for x in ids if x not in found]
    if lost:
        checks.fail(f"LOSS: {len(lost)} acknowledged writes are not on the new primary: "
                    + ", ".join(f"{x} (key {by_id[x]}, acknowledged by {acks[by_id[x][0]][5]})" for x in lost[:10]))
    else:
        checks.ok(f"every acknowledged write is on the new primary ({len(ids)} ids, by SQL)")
    two_keys = {i: ks for i, ks in by_id.items() if len(ks) > 1}
    if two_keys:
        checks.fail(f"{len(two_keys)} ids were acknowledged for more than one key: {list(two_keys.items())[:5]}")

    # 2. Through the API: the agency's innovations, one per logical write.
    pacer = Pacer(interval)
    listed, cursor = [], None
    for _ in range(10000):
        q = {"agencyId": agency_id, "pageSize": "100"}
        if cursor:
            q["cursor"] = cursor
        page = get_json(port, "/api/v1/innovations?" + urllib.parse.urlencode(q), verifier_key, "list the agency's innovations", pacer)
        listed.extend(page["items"])
        cursor = page.get("nextCursor")
        if not cursor:
            break
    listed_ids = [i["id"] for i in listed]
    if len(listed_ids) != len(set(listed_ids)):
        checks.fail(f"the innovation list repeats ids ({len(listed_ids)} items, {len(set(listed_ids))} distinct)")
    title_to_key = {t: k for k, t in key_title.items()}
    per_key, foreign = {}, []
    for item in listed:
        k = title_to_key.get(item.get("title"))
        if k is None:
            foreign.append(item["id"])
        else:
            per_key.setdefault(k, []).append(item["id"])
    listed_set = set(listed_ids)
    not_listed = [i for i in ids if i not in listed_set]
    if foreign:
        checks.fail(f"{len(foreign)} innovations of the agency match no write of this run: {foreign[:5]}")
    if not_listed:
        checks.fail(f"LOSS: {len(not_listed)} acknowledged ids are missing from the agency's list: {not_listed[:5]}")
    duplicates = {k: v for k, v in per_key.items() if len(v) > 1}
    orphans = {k: v for k, v in per_key.items() if k not in acks}
    if duplicates:
        checks.finding(f"DUPLICATE: {len(duplicates)} logical writes (one Idempotency-Key each) created more than one innovation: "
                       + "; ".join(f"key {k} -> {v}" for k, v in list(duplicates.items())[:5]))
    if orphans:
        checks.finding(f"ORPHAN: {len(orphans)} writes were committed but never acknowledged: "
                       + "; ".join(f"key {k} -> {v}" for k, v in list(orphans.items())[:5]))
    COUNTS.update(listed=len(listed_ids), acked_ids=len(ids), duplicates=len(duplicates), orphans=len(orphans),
                  losses=len(set(lost) | set(not_listed)))
    if not duplicates and not orphans and not foreign and not not_listed:
        checks.ok(f"the agency has exactly one innovation per acknowledged write ({len(listed_ids)} listed, {len(ids)} acknowledged)")
    stuck = [(k, r) for k, r in gave_up if "in_progress" in r]
    if stuck:
        checks.finding(f"STUCK KEY: {len(stuck)} keys stayed idempotency_in_progress: {stuck[:5]}")
    other = [(k, r) for k, r in gave_up if "in_progress" not in r]
    if other:
        checks.fail(f"{len(other)} writes never got an acknowledgement: {other[:3]}")
    if unexpected:
        checks.fail(f"{len(unexpected)} writes got an unexpected answer: {unexpected[:3]}")
    if read_misses:
        checks.fail(f"READ MISS: {len(read_misses)} reads of a write acknowledged at least 2 s earlier answered 404: {read_misses[:5]}")
    else:
        with STATS.lock:
            reads = dict(STATS.reads)
        checks.ok(f"readers: every read of an acknowledged write found it (answers {reads})")

    # 3. The event feed as the admin.
    events, after = [], 0
    for _ in range(100000):
        page = get_json(port, f"/api/v1/events?after={after}&limit=1000", admin, "read the event feed", pacer)
        items = page["items"]
        events.extend(items)
        if not items:
            break
        after = items[-1]["sequence"]
    problems = 0
    seqs = [e["sequence"] for e in events]
    if any(b <= a for a, b in zip(seqs, seqs[1:])):
        checks.fail("events: sequences are not strictly increasing")
        problems += 1
    if len({e["id"] for e in events}) != len(events):
        checks.fail("events: an event id appears twice in the feed")
        problems += 1
    created = {}
    for e in events:
        if e["type"] == "innovation.stateChanged" and (e.get("data") or {}).get("to") == "draft":
            created.setdefault(e["subject"]["id"], []).append(e["sequence"])
    twice = {i: s for i, s in created.items() if len(s) > 1}
    without = [i for i in listed_set if i not in created]
    ghost = [i for i, s in created.items() if i not in listed_set
             and any((e.get("data") or {}).get("agencyId") == agency_id for e in events if e["subject"]["id"] == i)]
    if twice:
        checks.fail(f"EVENT TWICE: {len(twice)} innovations have more than one creation event: {list(twice.items())[:5]}")
        problems += 1
    if without:
        checks.fail(f"EVENT MISSING: {len(without)} innovations have no creation event: {without[:5]}")
        problems += 1
    if ghost:
        checks.fail(f"EVENT WITHOUT WRITE: {len(ghost)} creation events name innovations that do not exist: {ghost[:5]}")
        problems += 1
    out_of_order = []
    for w, keys in worker_order.items():
        prev = None
        for k in keys:
            s = created.get(acks[k][0], [None])[0]
            if s is None:
                continue
            if prev is not None and s <= prev:
                out_of_order.append((w, k, s, prev))
            prev = s
    if out_of_order:
        checks.fail(f"EVENT ORDER: {len(out_of_order)} writes have an event sequence below that of an earlier write of the same client: {out_of_order[:5]}")
        problems += 1
    if watcher.violations:
        checks.fail(f"FEED READER: {len(watcher.violations)} violations while polling: {watcher.violations[:5]}")
        problems += 1
    final = [(e["sequence"], e["id"]) for e in events]
    if watcher.items != final:
        checks.fail(f"FEED READER: the polling reader collected {len(watcher.items)} events, the feed has {len(final)} "
                    f"({len(set(final) - set(watcher.items))} not seen, {len(set(watcher.items) - set(final))} seen but not in the feed or elsewhere)")
        problems += 1
    else:
        checks.ok(f"events: the reader polling through the failover ({watcher.polls} polls, {watcher.unavailable} unavailable) collected exactly the feed ({len(final)} events)")
    COUNTS["events"] = len(events)
    if problems == 0:
        checks.ok(f"events: {len(events)} in the feed, strictly increasing, exactly one creation event per innovation ({len(created)}), in each writer's order")

    # 4. Answers: no 500; 502/504 only right after a fault; 503 always a problem with Retry-After.
    # By the time of the answer: a request in flight when an instance is killed is sent before the fault and cut by it.
    in_window = lambda t: any(a <= t <= b for a, b in windows)
    lb_errors = [r for r in responses if r[4] in (502, 504)]
    outside = [r for r in lb_errors if not in_window(r[1])]
    COUNTS["lb_errors"] = len(lb_errors)
    if outside:
        checks.fail(f"{len(outside)} answers 502/504 from the load balancer outside the fault windows, e.g. {outside[:3]}")
    elif lb_errors:
        checks.ok(f"{len(lb_errors)} answers 502/504 (requests cut by the faults), all within 10 s of a fault")


def summary(args, checks, limit, elapsed):
    s = STATS
    with s.lock:
        counts = dict(sorted(s.status_counts.items(), key=lambda x: (x[0] is None, x[0] or 0)))
        n500 = list(s.errors_500)
        bad503 = list(s.bad_503)
        by_phase = {}
        for r in s.responses:
            if r[2] == "POST" and r[3] == "/api/v1/innovations":
                d = by_phase.setdefault(r[6], {})
                d[r[4]] = d.get(r[4], 0) + 1
    if n500:
        checks.fail(f"{len(n500)} answers were 500 (or another 5xx than 502/503/504), e.g. {n500[:3]}")
    else:
        checks.ok("no answer was a 500")
    if bad503:
        checks.fail(f"{len(bad503)} API 503s lacked Retry-After or code 'unavailable', e.g. {bad503[:3]}")
    print()
    print("===== failover summary =====")
    print(f"  duration                  {elapsed:.0f} s; {args.writers} writers, {args.readers} readers, a feed reader; through the load balancer")
    print(f"  writes attempted          {s.attempted}")
    print(f"  writes acknowledged       {s.acknowledged} (of which {s.replays} replays with Idempotency-Replayed)")
    print(f"  retries                   {s.retries}")
    print(f"  connection errors         {s.conn_errors}")
    res = COUNTS.get("resume")
    if res:
        print(f"  WRITES RESUMED AFTER      {res[0]:.1f} s from the primary's stop (promotion began at {res[2]:.1f} s; "
              f"{res[1]:.1f} s after it completed); bound {args.resume_bound:.0f} s")
    else:
        print("  WRITES RESUMED AFTER      never (see failures)")
    print(f"  writes by phase           {by_phase}")
    print(f"  500 answers               {len(n500)}")
    print(f"  503 answers               {counts.get(503, 0)} (without Retry-After/unavailable: {len(bad503)})")
    print(f"  502/504 (load balancer)   {COUNTS.get('lb_errors', '?')}")
    print(f"  429 answers               {s.rate_limited} (the rate-limit burst's refusals included)")
    rl = COUNTS.get("rate_limit")
    if rl:
        print(f"  rate limit burst          {rl[0]} requests of one client in {rl[3]:.1f} s: {rl[1]} admitted (bound "
              f"{COUNTS.get('rate_limit_bound', '?')}), {rl[2]} refused; allowance {limit} a minute; by instance {rl[4]}")
    print(f"  HTTP statuses             {counts}")
    print(f"  innovations of the agency {COUNTS.get('listed', '?')} for {COUNTS.get('acked_ids', '?')} acknowledged ids "
          f"(duplicates: {COUNTS.get('duplicates', '?')}, committed but unacknowledged: {COUNTS.get('orphans', '?')})")
    print(f"  LOSSES                    {COUNTS.get('losses', '?')}")
    print(f"  events in the feed        {COUNTS.get('events', '?')}")
    with s.lock:
        waited = list(s.waited_in_progress)
        gave_up = list(s.gave_up)
    unhandled = 0
    log_dir = os.environ.get("FAILOVER_LOG_DIR", "")
    for name in sorted(os.listdir(log_dir)) if log_dir and os.path.isdir(log_dir) else []:
        if name.startswith("instance") and name.endswith(".log"):
            with open(os.path.join(log_dir, name), errors="replace") as f:
                unhandled += sum(1 for line in f if "Unhandled exception" in line)
    print(f"  'Unhandled exception' in the instances' logs: {unhandled}")
    print(f"  waited on in_progress     {len(waited)} writes (longest {max((t for _, t in waited), default=0):.0f} s)")
    print(f"  writes given up           {len(gave_up)}")
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

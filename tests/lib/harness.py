"""What the fault run (tests/faults) and the failover run (tests/failover) share: their log lines, the
environment they are handed by their run.sh, their HTTP calls, the result checks and the watcher of the event feed.
Standard library only."""

import http.client
import json
import os
import sys
import threading
import time

_LABEL = ["run"]


def set_label(label):
    """Names the run in every log line (`[faults 10:20:31] …`)."""
    _LABEL[0] = label


def log(msg):
    print(f"[{_LABEL[0]} {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def env(name):
    """A variable the run's run.sh exports; exits with the set-up code 2 when it is missing."""
    value = os.environ.get(name)
    if not value:
        print(f"missing environment variable {name} (run tests/{_LABEL[0]}/run.sh)", file=sys.stderr)
        sys.exit(2)
    return value


class SetupError(Exception):
    """The run could not be set up (exit code 2): no verdict on the service."""


class Checks:
    """The verdicts of a run: failures are fatal, findings fatal unless the run is lenient, notes are what held."""

    def __init__(self):
        self.failures, self.findings, self.notes = [], [], []

    def fail(self, msg):
        log(f"FAIL: {msg}")
        self.failures.append(msg)

    def finding(self, msg):
        log(f"FINDING: {msg}")
        self.findings.append(msg)

    def ok(self, msg):
        log(f"ok: {msg}")
        self.notes.append(msg)


def http_call(host, port, method, path, body=None, headers=None, timeout=30.0):
    """One HTTP call on a new connection, JSON in and out: (status, lower-cased headers, text, t_start, t_end)
    on the monotonic clock. A connection error or a broken answer raises OSError."""
    hdrs = {"Accept": "application/json"}
    if headers:
        hdrs.update(headers)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    t0 = time.monotonic()
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        try:
            conn.request(method, path, body=data, headers=hdrs)
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as e:
            raise OSError(f"{type(e).__name__}: {e}") from e
        rh = {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()
    return resp.status, rh, text, t0, time.monotonic()


def unavailable_off_contract(path, status, headers, body):
    """Whether an answer of the API is a 503 without what the contract promises with one: a Retry-After and the
    problem code `unavailable`."""
    if status != 503 or not path.startswith("/api/"):
        return False
    try:
        code = json.loads(body).get("code")
    except (ValueError, AttributeError):
        code = None
    return not headers.get("retry-after") or code != "unavailable"


def retry_after(headers):
    """Seconds a 429 (or 503) asks the client to wait: Retry-After in seconds, 1 to 60 (60 when missing)."""
    try:
        return min(max(int(headers.get("retry-after", "")), 1), 60)
    except ValueError:
        return 60


class FeedWatcher:
    """Polls the event feed as the admin all through a run, as an integrator would, while others write on their own
    connections: every event it is given must lie above every position it has passed and must not repeat. What it
    collected is compared with the whole feed at the end.

    `get_page(after)` reads `GET /api/v1/events?after=…&limit=100` and returns `(status, headers, text)`; it may raise
    OSError when the service cannot be reached. Answers in `unavailable_statuses` count as the outage a run causes,
    any other non-200 is a violation."""

    def __init__(self, get_page, unavailable_statuses=(503,), idle_wait=0.05, error_wait=0.2):
        self.get_page = get_page
        self.unavailable_statuses = set(unavailable_statuses)
        self.idle_wait, self.error_wait = idle_wait, error_wait
        self.stop_event = threading.Event()
        self.items = []        # (sequence, id) in the order received
        self.ids = set()
        self.violations = []   # text
        self.polls = 0
        self.unavailable = 0   # outage answers and connection errors
        self.after = 0
        self.thread = threading.Thread(target=self._run, name="feed-watcher", daemon=True)

    def start(self):
        self.thread.start()

    def stop(self, timeout):
        """Stops polling after a last read to the end of the feed; returns False if the thread did not finish."""
        self.stop_event.set()
        self.thread.join(timeout)
        return not self.thread.is_alive()

    def _poll(self):
        """One page; returns the number of items, or None when the service did not answer 200."""
        try:
            status, headers, text = self.get_page(self.after)
        except OSError:
            self.unavailable += 1
            return None
        self.polls += 1
        if status == 429:
            time.sleep(retry_after(headers))
            return None
        if status != 200:
            if status in self.unavailable_statuses:
                self.unavailable += 1
            else:
                self.violations.append(f"GET /events answered {status}: {text[:200]}")
            return None
        page = json.loads(text)
        items = page["items"]
        # The page answers after= with later positions only, so an event that appeared later at or below a passed
        # position would be missing here rather than out of order: the comparison with the whole feed at the end
        # finds it. These checks catch an answer that breaks its own order or repeats an event.
        passed = self.after
        for e in items:
            if e["sequence"] <= passed:
                self.violations.append(f"event {e['id']} appeared at {e['sequence']}, at or below the passed position {passed}")
            if e["id"] in self.ids:
                self.violations.append(f"event {e['id']} appeared twice")
            self.ids.add(e["id"])
            passed = max(passed, e["sequence"])
            self.items.append((e["sequence"], e["id"]))
        expected_next = items[-1]["sequence"] if items else self.after
        if page.get("nextAfter") != expected_next:
            self.violations.append(f"nextAfter {page.get('nextAfter')} after {self.after} with {len(items)} items (expected {expected_next})")
        self.after = page.get("nextAfter", self.after)
        return len(items)

    def _run(self):
        while not self.stop_event.is_set():
            n = self._poll()
            if not n:
                self.stop_event.wait(self.error_wait if n is None else self.idle_wait)
        # The writers have stopped: read to the end (bounded: the service may still be recovering).
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            n = self._poll()
            if n == 0:
                return
            if n is None:
                time.sleep(0.5)

"""Load the web app on loopback and print latency and throughput per endpoint.

Starts ``limberup serve`` on a fresh data directory, stores a runner (profile, assessment,
this week's plan and a history of logged sessions), then drives each endpoint with wrk
(Debian's ``wrk``; 16 connections, bounded duration) and prints requests per second and the
50th/95th/99th percentile latency. Targets (issue 7): reads p95 under 50 ms; logging a finished
session 500 requests/s or more, both with 16 concurrent clients on SQLite.

It measures with the read cache on (the default: an answer is made again only after a write)
and off (``LIMBERUP_READ_CACHE_ENTRIES=0``: every read does all its work), and a mixed load in
which every tenth request logs a session, so reads keep missing the cache as they would while
people log.

``--three-years`` seeds about 1,000 sessions (three years of a runner's history) first: no
read may grow with the history (session listings page in SQL), so every read's p95 should stay
under 50 ms and logging at 500 requests/s or more.

``--workers 2`` serves with two processes (``limberup serve --workers 2``): on a 2-core
machine that is what logging needs to reach 500 requests/s, as one process spends about 2.5 ms
of CPU on each.

Run: .venv/bin/python bench/web_load.py [--seconds 10] [--history 100] [--cache on|off|both]
     .venv/bin/python bench/web_load.py --three-years [--workers 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "tests" / "data" / "examples"
LIMBERUP = str(Path(sys.executable).with_name("limberup"))
CONNECTIONS = 16
THREE_YEARS = 1040
"""About a session a day for three years (the issue's 1,038-session history)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(
    data_dir: Path, port: int, *, cache: bool = True, workers: int = 1
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env["LIMBERUP_DATA_DIR"] = str(data_dir)
    env["LIMBERUP_WORKERS"] = str(workers)
    if not cache:
        env["LIMBERUP_READ_CACHE_ENTRIES"] = "0"
    server = subprocess.Popen(
        [LIMBERUP, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


@dataclass(frozen=True)
class Seeded:
    today: str
    body: dict[str, object]
    past_bodies: list[dict[str, object]]


def seed(base: str, history: int) -> Seeded:
    """A runner with a profile, an assessment, and ``history`` sessions logged on past days.

    Returns today's date, the body of a finished session of today (for the logging load),
    and the bodies of the sessions logged on past days (for the mixed load).
    """
    today = dt.date.today()
    with httpx.Client(base_url=base, timeout=60) as client:
        client.put("/api/v1/profile", json=json.loads((EXAMPLES / "profile.json").read_text()))
        assessment = json.loads((EXAMPLES / "assessment.json").read_text())
        client.post(
            "/api/v1/assessments", json={"uuid": str(uuid.uuid4()), "assessment": assessment}
        )
        logged, day, past, plan = 0, today, [], {}
        while logged < history:
            if not plan or day.isoformat() < plan["week_start"]:
                # A week months back is only shown when read; planning it again stores it,
                # as it was stored back then when it was the current week.
                plan = client.post("/api/v1/plans/week", json={"date": day.isoformat()}).json()
            for index, _ in enumerate(
                client.get(f"/api/v1/days/{day}/sessions").json()["sessions"]
            ):
                if logged < history:
                    body = finished_session(client, plan["uuid"], day, index)
                    client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=body).raise_for_status()
                    logged += 1
                    if day < today:
                        past.append(body)
            day -= dt.timedelta(days=1)
        plan = client.get("/api/v1/plans/week", params={"date": today.isoformat()}).json()
        return Seeded(today.isoformat(), finished_session(client, plan["uuid"], today, 0), past)


def finished_session(
    client: httpx.Client, plan_uuid: str, day: dt.date, index: int
) -> dict[str, object]:
    """A session of ``day`` logged as done in full."""
    session = client.get(f"/api/v1/days/{day}/sessions").json()["sessions"][index]
    items = [
        {
            "index": i,
            "exercise_id": item["exercise_id"],
            "sets_done": item["sets"],
            "reps_done": item["reps"],
            "finished_at": f"{day}T07:00:00Z",
        }
        for i, item in enumerate(session["items"])
    ]
    return {
        "plan_uuid": plan_uuid,
        "date": day.isoformat(),
        "index": index,
        "started_at": f"{day}T06:50:00Z",
        "finished_at": f"{day}T07:00:00Z",
        "items": items,
    }


def wrk(url: str, seconds: int, script: str, env: dict[str, str] | None = None) -> str:
    command = [
        "wrk",
        "-t1",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(HERE / "wrk" / script),
        url,
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "WRK_DIR": str(HERE / "wrk"), **(env or {})},
        timeout=seconds + 30,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT"))
    return line.removeprefix("RESULT ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--history", type=int, default=100)
    parser.add_argument("--cache", choices=("on", "off", "both"), default="both")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument(
        "--three-years", action="store_true", help=f"seed {THREE_YEARS} sessions of history"
    )
    args = parser.parse_args()
    if args.three_years:
        args.history = THREE_YEARS
    if shutil.which("wrk") is None:
        raise SystemExit("needs wrk: apt-get install wrk")
    for cache in {"on": (True,), "off": (False,), "both": (True, False)}[args.cache]:
        measure(seconds=args.seconds, history=args.history, cache=cache, workers=args.workers)


def measure(*, seconds: int, history: int, cache: bool, workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="limberup-bench-") as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(Path(tmp), port, cache=cache, workers=workers)
        try:
            seeded = seed(base, history)
            today = seeded.today
            print(
                f"\nread cache {'on' if cache else 'off'}: {workers} uvicorn worker(s), SQLite, "
                f"{CONNECTIONS} connections, {seconds} s each, {history} sessions already logged"
            )
            reads = [
                "/api/v1/health",
                "/api/v1/exercises",
                f"/api/v1/plans/week?date={today}",
                f"/api/v1/days/{today}/sessions",
                f"/api/v1/days/{today}/sessions/0/steps",
                "/api/v1/progress",
                "/api/v1/sessions?limit=1",
                "/api/v1/sessions?limit=50",
                "/today",
                "/week",
                "/exercises",
                "/progress",
            ]
            for path in reads:
                print(f"GET  {path:45s} {wrk(base + path, seconds, 'latency.lua')}", flush=True)
            logging = {
                "LOG_BODY_TEMPLATE": json.dumps(seeded.body),
                "LOG_PATH_TEMPLATE": "/api/v1/sessions/%s",
            }
            # Before the logging load, which stores thousands of sessions of today.
            mixed = {
                **logging,
                "READ_PATHS": ",".join(reads[3:]),
                "WRITE_EVERY": "10",
                # One environment string holds at most 128 KiB: fifty past days are plenty.
                "LOG_BODIES": "\n".join(json.dumps(body) for body in seeded.past_bodies[:50]),
            }
            result = wrk(base, seconds, "mixed.lua", mixed)
            print(f"MIX  {'the reads above, every 10th request a PUT':45s} {result}", flush=True)
            result = wrk(base, seconds, "log_session.lua", logging)
            print(f"PUT  {'/api/v1/sessions/{uuid} (a finished session)':45s} {result}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

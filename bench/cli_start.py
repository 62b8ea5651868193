"""How much CPU the ``limberup`` command costs to start, and how soon ``serve`` answers.

Run: .venv/bin/python bench/cli_start.py [--repeats 7]
Prints, side by side, the median CPU time (user + system, of the child process) of
``python -c pass``, ``limberup --version`` and ``limberup today`` on a stored profile and
plan, each with and without PYTHONDONTWRITEBYTECODE, and the median wall time from starting
``limberup serve`` until it prints that it is running and until it answers a request.
Everything runs on a temporary data directory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PYTHON = sys.executable
LIMBERUP = str(Path(PYTHON).with_name("limberup"))
PROFILE = {"run_days": ["mon", "wed", "fri"], "equipment": ["wall"], "minutes": {"pre_run": 5}}
COMMANDS = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "limberup --version": [LIMBERUP, "--version"],
    "limberup today": [LIMBERUP, "today"],
}


def environment(data_dir: Path, *, no_bytecode: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env | {"LIMBERUP_DATA_DIR": str(data_dir), "NO_COLOR": "1"}


def cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    """User plus system CPU time of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(command: list[str], env: dict[str, str], repeats: int) -> float:
    cpu_seconds(command, env)  # warm-up: the disk cache, and any bytecode still to write
    return statistics.median(cpu_seconds(command, env) for _ in range(repeats))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def serve_ready(env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting ``serve`` until its ready line, and until it answers."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [LIMBERUP, "serve", "--port", str(port)],
        env=env | {"PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "LimberUp is running at" in line:
                break
        else:
            raise SystemExit("serve stopped before it was ready")
        ready = time.perf_counter() - started
        httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=60).raise_for_status()
        return ready, time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        profile = Path(tmp) / "profile.json"
        profile.write_text(json.dumps(PROFILE), encoding="utf-8")
        env = environment(data_dir, no_bytecode=True)
        subprocess.run(
            [LIMBERUP, "init", "--profile", str(profile)], env=env, check=True, capture_output=True
        )
        subprocess.run([LIMBERUP, "today"], env=env, check=True, capture_output=True)  # plans
        print(f"median CPU seconds of {args.repeats} runs (user + system)")
        print(f"{'command':<22}{'PYTHONDONTWRITEBYTECODE=1':>28}{'unset':>10}")
        for name, command in COMMANDS.items():
            with_flag = median_cpu(command, env, args.repeats)
            without = median_cpu(command, environment(data_dir, no_bytecode=False), args.repeats)
            print(f"{name:<22}{with_flag:>28.3f}{without:>10.3f}")
        runs = [serve_ready(env) for _ in range(3)]
        ready = statistics.median(run[0] for run in runs)
        answered = statistics.median(run[1] for run in runs)
        print(
            f"limberup serve: ready line after {ready:.2f} s, first answer after "
            f"{answered:.2f} s (median of 3, wall time)"
        )


if __name__ == "__main__":
    main()

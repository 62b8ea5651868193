"""How large a runner's export grows, and how long and how much memory importing it takes.

Run: .venv/bin/python bench/import_history.py [--years 1 3] [--postgres URL]
Builds exports of a year and of three years of use (tests/history_export.py: a plan and often
a replan each week, a third of the planned sessions logged, a weekly retest), prints their sizes
as the page's download (compact JSON) and as ``limberup export`` writes them (indented), then
imports each into a fresh app through ``POST /api/v1/import`` and the settings page's form, each
in its own process, and prints the wall time and the process's peak memory above its start.
With ``--postgres`` (a database URL) each import also runs into a new schema there.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.history_export import history, one_real_week  # noqa: E402

MB = 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--postgres", help="also import into a new schema of this database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seed = one_real_week(work / "seed")
        for years in args.years:
            document = history(seed, weeks=52 * years)
            compact = work / f"{years}y.json"
            compact.write_text(json.dumps(document, ensure_ascii=False))
            indented = json.dumps(document, indent=2, ensure_ascii=False)
            print(
                f"{years} year(s): {len(document['sessions'])} sessions, "
                f"{len(document['plans'])} plans, {len(document['assessments'])} assessments; "
                f"{compact.stat().st_size / MB:.1f} MB compact (the page's download), "
                f"{len(indented.encode()) / MB:.1f} MB indented (limberup export)"
            )
            for door in ("api", "page"):
                figures = _import_in_child(compact, work / f"{years}y-{door}", door)
                print(f"  {door:4} import, SQLite: {figures}")
                if args.postgres:
                    with _schema(args.postgres) as url:
                        figures = _import_in_child(compact, work / f"{years}y-pg-{door}", door, url)
                    print(f"  {door:4} import, PostgreSQL: {figures}")


@contextmanager
def _schema(base: str) -> Iterator[str]:
    """A new, empty schema on ``base``'s database, dropped after."""
    from sqlalchemy import make_url, text

    from limberup.adapters.db.engine import make_engine

    schema = f"limberup_bench_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _import_in_child(file: Path, data_dir: Path, door: str, database_url: str = "") -> str:
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(file), str(data_dir), door, database_url],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return child.stdout.strip().splitlines()[-1]


def _child(file: Path, data_dir: Path, door: str, database_url: str) -> None:
    from tests.web_client import local_client

    from limberup.adapters.db.database import open_database
    from limberup.entrypoints.web.app import create_app
    from limberup.settings import Settings

    settings = Settings(data_dir=data_dir, database_url=database_url or None)
    client = local_client(create_app(settings, open_database(settings.resolved_database_url)))
    with client:
        client.get("/api/v1/health")
        body = file.read_bytes()
        start_rss = _rss_kb("VmRSS")
        started = time.perf_counter()
        if door == "api":
            answer = client.post(
                "/api/v1/import", content=body, headers={"content-type": "application/json"}
            )
        else:
            answer = client.post("/settings/import", files={"file": (file.name, body)})
        elapsed = time.perf_counter() - started
        peak = _rss_kb("VmHWM")
    assert answer.status_code == 200, answer.text[:500]
    print(f"{elapsed:.1f} s, peak memory {(peak - start_rss) / 1024:.0f} MB above the start")


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        main()

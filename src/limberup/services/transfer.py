"""Export all of a runner's data, and import it back, losing nothing.

The export is one JSON document (:class:`ExportDocument`); the session logs can also be written
as CSV, one row per logged item, for spreadsheets. An import is validated whole before anything
is written, then written in one transaction: a corrupt or foreign file imports nothing and says
why. Records already stored (the same UUIDs) are kept, so importing twice adds nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from limberup.adapters import strict_json
from limberup.domain.logbook import (
    SessionLog,
    StoredAssessment,
    StoredDecision,
    StoredPlan,
    StoredProfile,
)
from limberup.domain.planning.notes import upgrade_plan_data
from limberup.domain.values import Timestamp
from limberup.exceptions import StoredDataError
from limberup.services.import_rules import ImportRuleError, check_records
from limberup.services.plans import replan_from_today, week_of
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork
from limberup.services.users import utc_now

FORMAT: Final = "limberup-export"
FORMAT_VERSION: Final = 1
SHOWN_PROBLEMS = 5
CSV_COLUMNS = (
    "session_uuid",
    "day",
    "context",
    "session_index",
    "status",
    "started_at",
    "session_finished_at",
    "item_index",
    "exercise_id",
    "variant_id",
    "sets_done",
    "reps_done",
    "holds_done",
    "sides",
    "skipped",
    "pain",
    "pain_region",
    "ease",
    "notes",
    "finished_at",
)


class ExportDocument(BaseModel):
    """Everything stored for one runner, in the shape ``limberup export`` writes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["limberup-export"] = FORMAT
    version: Literal[1] = FORMAT_VERSION
    exported_at: Timestamp
    profile: StoredProfile | None
    assessments: tuple[StoredAssessment, ...] = ()
    plans: tuple[StoredPlan, ...] = ()
    sessions: tuple[SessionLog, ...] = ()
    decisions: tuple[StoredDecision, ...] = ()

    def data(self) -> dict[str, Any]:
        """The stored data alone, without when it was exported: equal exports, equal data."""
        return self.model_dump(mode="json", exclude={"exported_at"})


class ImportFileError(StoredDataError):
    """An import file is not a LimberUp export this version can read; nothing was imported."""

    def __init__(
        self, source: str, reason: str, *, field: str | None = None, value: object = None
    ) -> None:
        super().__init__(
            field or source,
            source if value is None else value,
            reason,
            message=f"{source}: {reason}; nothing was imported",
        )


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """How many records of each kind the file held and how many were new."""

    counts: dict[str, tuple[int, int]]
    """Kind -> (in the file, newly stored)."""


def export_data(uow: UnitOfWork, user_id: int, *, now: dt.datetime | None = None) -> ExportDocument:
    """Everything stored for the runner."""
    with uow:
        return ExportDocument(
            exported_at=now or utc_now(),
            profile=uow.profiles.get(user_id),
            assessments=uow.assessments.list(user_id),
            plans=uow.plans.list(user_id),
            sessions=uow.sessions.list(user_id),
            decisions=uow.decisions.list(user_id),
        )


def export_json(document: ExportDocument) -> str:
    """The export as indented JSON text."""
    return json.dumps(document.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def sessions_csv(document: ExportDocument) -> str:
    """The session logs as CSV, one row per logged item (a session with none gets one row)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for log in document.sessions:
        dumped = log.model_dump(mode="json")
        session = {
            "session_uuid": dumped["uuid"],
            "session_finished_at": dumped["finished_at"],
            **{key: dumped[key] for key in ("day", "context", "session_index", "status")},
            "started_at": dumped["started_at"],
        }
        if not log.items:
            writer.writerow(_cells(session))
        for item in dumped["items"]:
            item["sides"] = "+".join(item["sides"])
            writer.writerow(_cells(session | item))
    return out.getvalue()


def _cells(row: dict[str, Any]) -> dict[str, Any]:
    # Spreadsheet-friendly: empty for none, true/false as JSON writes them.
    return {
        key: "" if value is None else str(value).lower() if isinstance(value, bool) else value
        for key, value in row.items()
    }


def parse_export(
    content: bytes | str, *, source: str, known_drills: Collection[str] | None = None
) -> ExportDocument:
    """Read an export file, refusing anything that is not a complete, valid export.

    The file is read by the same strict JSON rules as every API body (``strict_json``) and
    its records meet the rules every write meets (``import_rules``).

    Args:
        content: the file's bytes (which must be UTF-8), or its text.
        source: how to name the file in messages.
        known_drills: the catalogue's drill ids, which every logged item, planned item and
            decision must name.

    Raises:
        ImportFileError: not JSON, not a LimberUp export, from a newer version, or invalid
            (naming the first problems: field, value, what is allowed).
        ImportRuleError: a record breaks a rule (a repeated id, an end before a start, an
            unknown drill, NaN, NUL, a lone surrogate, invalid UTF-8, deep nesting).
    """
    try:
        data = strict_json.loads(content)
    except strict_json.JsonSyntaxError as error:
        raise ImportFileError(source, error.reason) from None
    except strict_json.JsonTextError as error:
        raise ImportRuleError(source, error.field, error.value, error.expected) from None
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise ImportFileError(
            source,
            f'not a LimberUp export (expected "format": "{FORMAT}", got {found!r})',
            field="format",
            value=found,
        )
    version = data.get("version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise ImportFileError(
            source,
            f"written by a newer LimberUp (export version {version}; this one reads "
            f"{FORMAT_VERSION}): upgrade LimberUp first",
            field="version",
            value=version,
        )
    if _has_sentence_notes(data):  # an export from before notes had codes
        text = json.dumps(_with_coded_notes(data))
    try:
        # Strict JSON rules: a yes/no must be true or false, a date ISO text, never a number.
        document = ExportDocument.model_validate_json(text, strict=True)
    except ValidationError as error:
        problem = error.errors()[0]
        first = ".".join(str(part) for part in problem["loc"]) or None
        given = problem.get("input")
        shown = given if isinstance(given, str | int | float | bool) else None  # not a record
        raise ImportFileError(source, _problems(error), field=first, value=shown) from None
    check_records(
        document.sessions,
        profile=document.profile,
        plans=document.plans,
        decisions=document.decisions,
        uuids={
            "assessments": (a.uuid for a in document.assessments),
            "plans": (p.uuid for p in document.plans),
            "sessions": (log.uuid for log in document.sessions),
        },
        known_drills=known_drills,
        source=source,
    )
    return document


def _plans_of(data: dict[str, Any]) -> list[Any]:
    plans = data.get("plans")
    return plans if isinstance(plans, list) else []


def _has_sentence_notes(data: dict[str, Any]) -> bool:
    return any(
        isinstance(record, dict) and upgrade_plan_data(record.get("plan")) is not record.get("plan")
        for record in _plans_of(data)
    )


def _with_coded_notes(data: dict[str, Any]) -> dict[str, Any]:
    plans = [
        {**record, "plan": upgrade_plan_data(record.get("plan"))}
        if isinstance(record, dict)
        else record
        for record in _plans_of(data)
    ]
    return {**data, "plans": plans}


def import_data(uow: UnitOfWork, user_id: int, document: ExportDocument) -> ImportSummary:
    """Store an export's records for the runner, all or nothing.

    Records already stored (same UUIDs) are kept as they are; the profile is replaced by a
    newer one, and by any one on a fresh install (:func:`keeps_file_profile`); a week's
    decisions are merged: the stored ones kept, the file's added for drills the week has none
    for.

    Raises:
        ImportFileError: a session names a plan neither in the file nor stored.
    """
    with uow:
        counts: dict[str, tuple[int, int]] = {}
        known_assessments = {a.uuid for a in uow.assessments.list(user_id)}
        known_sessions = {s.uuid for s in uow.sessions.list(user_id)}
        profile = document.profile
        fresh = not known_assessments and not known_sessions
        taken = keeps_file_profile(profile, uow.profiles.get(user_id), fresh_install=fresh)
        if profile is not None and taken:
            uow.profiles.save(user_id, profile)
        counts["profile"] = (int(profile is not None), int(taken))
        for assessment in document.assessments:
            uow.assessments.add(user_id, assessment)
        counts["assessments"] = _count(document.assessments, known_assessments)
        known = {p.uuid for p in uow.plans.list(user_id)}
        for plan in document.plans:
            uow.plans.add(user_id, plan)
        counts["plans"] = _count(document.plans, known)
        known_plans = {p.uuid for p in uow.plans.list(user_id)}
        known = known_sessions
        for index, log in enumerate(document.sessions):
            if log.plan_uuid is not None and log.plan_uuid not in known_plans:
                raise ImportFileError(
                    f"sessions.{index}.plan_uuid",
                    f"names plan {log.plan_uuid}, which is neither in the file nor stored",
                )
            uow.sessions.add(user_id, log)
        counts["sessions"] = _count(document.sessions, known)
        counts["decisions"] = (len(document.decisions), _merge_decisions(uow, user_id, document))
        uow.commit()
    return ImportSummary(counts)


def restore(
    uow: UnitOfWork, runtime: Runtime, user_id: int, document: ExportDocument
) -> ImportSummary:
    """Import an export (:func:`import_data`), then plan this week again from today when the
    import changed what it was planned from (the profile, or new self-tests) and the file did
    not bring this week's plan itself: a restore after onboarding gets the backup's week."""
    summary = import_data(uow, user_id, document)
    changed = summary.counts["profile"][1] or summary.counts["assessments"][1]
    with uow:
        current = uow.plans.current(user_id, week_of(runtime.clock.today()))
    brought = current is not None and current.uuid in {plan.uuid for plan in document.plans}
    if changed and not brought:
        replan_from_today(uow, runtime, user_id)
    return summary


def keeps_file_profile(
    incoming: StoredProfile | None, stored: StoredProfile | None, *, fresh_install: bool
) -> bool:
    """Whether an import replaces the stored profile with the file's.

    A newer profile wins. On a fresh install (no self-test and no session stored yet) the
    file's wins even when older: the only profile there is the one onboarding just made, and
    a runner restoring a backup means to get their own settings back, not to keep that one.
    """
    if incoming is None or stored == incoming:
        return False
    return stored is None or fresh_install or incoming.updated_at > stored.updated_at


def _merge_decisions(uow: UnitOfWork, user_id: int, document: ExportDocument) -> int:
    """Add the file's decisions each week lacks; how many were new."""
    stored = uow.decisions.list(user_id)
    added = 0
    for week in sorted({d.week_start for d in document.decisions}):
        kept = [d for d in stored if d.week_start == week]
        have = {d.exercise_id for d in kept}
        new = [d for d in document.decisions if d.week_start == week and d.exercise_id not in have]
        if new:
            uow.decisions.replace_week(user_id, week, [*kept, *new])
            added += len(new)
    return added


def _count(records: tuple[Any, ...], known: set[Any]) -> tuple[int, int]:
    return len(records), sum(1 for record in records if record.uuid not in known)


def _problems(error: ValidationError) -> str:
    lines = []
    for problem in error.errors()[:SHOWN_PROBLEMS]:
        where = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        given = repr(problem.get("input"))
        if len(given) > 60:
            given = given[:57] + "..."
        lines.append(f"{where}: {problem['msg'].removeprefix('Value error, ')} (got {given})")
    more = len(error.errors()) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(f"... and {more} more problem{'s' if more > 1 else ''}")
    return "not a valid export:\n  " + "\n  ".join(lines)

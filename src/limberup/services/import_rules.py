"""The rules an import file meets beyond its shape: the ones the API applies to each write.

The API refuses a session that ends before it starts, an item logged twice in one session
and a drill the catalogue does not hold, and the planner only plans and decides on drills the
catalogue holds; an import must refuse them too, or a file could store what no other door
accepts (and what the next plan, reading a decision's drill, could not use). A file that
holds one record twice (the same UUID, the same plan version, two decisions for one drill and
week) is refused with the ids named, never half stored while its counts claim all of it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Iterator

from limberup.domain.logbook import SessionLog, StoredDecision, StoredPlan, StoredProfile
from limberup.exceptions import StoredDataError


class ImportRuleError(StoredDataError):
    """An import file breaks a rule every write obeys; nothing was imported."""

    def __init__(self, source: str, field: str, value: object, expected: str) -> None:
        super().__init__(
            field,
            value,
            expected,
            message=f"{source}: {field}: {expected} (got {value!r}); nothing was imported",
        )


def check_records(
    document_sessions: tuple[SessionLog, ...],
    *,
    profile: StoredProfile | None,
    plans: tuple[StoredPlan, ...],
    decisions: tuple[StoredDecision, ...],
    uuids: dict[str, Iterable[Hashable]],
    known_drills: Collection[str] | None,
    source: str,
) -> None:
    """Refuse the first broken rule, naming the field, the ids and what is allowed.

    Args:
        document_sessions: the file's session logs.
        profile: the file's profile, whose drills to avoid or prefer must exist.
        plans: the file's week plans.
        decisions: the file's progression decisions.
        uuids: per kind of record (``"sessions"``), the UUIDs in the file, in order.
        known_drills: the catalogue's drill ids; None skips the rules that need them.
        source: how to name the file.
    """
    for kind, ids in uuids.items():
        _once(source, kind, "uuid", ids, "each record once (the same uuid twice)")
    _once(
        source,
        "plans",
        "week_start+version",
        ((p.week_start, p.version) for p in plans),
        "each plan version of a week once",
    )
    _once(
        source,
        "decisions",
        "week_start+exercise_id",
        ((d.week_start, d.exercise_id) for d in decisions),
        "one decision per drill and week",
    )
    if known_drills is not None:
        _known(source, _drills_named(profile, plans, decisions), known_drills)
    for index, log in enumerate(document_sessions):
        where = f"sessions.{index}"
        if log.finished_at is not None and log.finished_at < log.started_at:
            raise ImportRuleError(
                source,
                f"{where}.finished_at",
                log.finished_at.isoformat(),
                "a time after started_at",
            )
        _once(
            source,
            f"{where}.items",
            "item_index",
            (i.item_index for i in log.items),
            "each item index once",
        )
        if known_drills is not None:
            named = (
                (f"{where}.items.{n}.exercise_id", i.exercise_id) for n, i in enumerate(log.items)
            )
            _known(source, named, known_drills)


def _drills_named(
    profile: StoredProfile | None,
    plans: tuple[StoredPlan, ...],
    decisions: tuple[StoredDecision, ...],
) -> Iterator[tuple[str, str]]:
    """(field path, drill id) for every drill the profile, a plan's item or a decision names."""
    if profile is not None:
        for field in ("avoid", "prefer"):
            for number, drill in enumerate(getattr(profile.profile, field)):
                yield f"profile.profile.{field}.{number}", drill
    for number, decision in enumerate(decisions):
        yield f"decisions.{number}.exercise_id", decision.exercise_id
        if decision.replacement_id is not None:
            yield f"decisions.{number}.replacement_id", decision.replacement_id
    for number, stored in enumerate(plans):
        for d, day in enumerate(stored.plan.days):
            for s, session in enumerate(day.sessions):
                for i, item in enumerate(session.items):
                    where = f"plans.{number}.plan.days.{d}.sessions.{s}.items.{i}.exercise_id"
                    yield where, item.exercise_id


def _known(source: str, named: Iterable[tuple[str, str]], known_drills: Collection[str]) -> None:
    for field, drill in named:
        if drill not in known_drills:
            raise ImportRuleError(source, field, drill, "a drill in the catalogue")


def _once(source: str, kind: str, what: str, keys: Iterable[Hashable], expected: str) -> None:
    repeated = [key for key, count in Counter(keys).items() if count > 1]
    if repeated:
        shown = [
            str(key) if not isinstance(key, tuple) else "+".join(map(str, key)) for key in repeated
        ]
        raise ImportRuleError(source, f"{kind}.{what}", shown, expected)

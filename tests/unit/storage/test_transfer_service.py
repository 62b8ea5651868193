"""Export and import on a fake unit of work: the round trip, and files that import nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest

from limberup.adapters import strict_json
from limberup.adapters.strict_json import JsonTextError
from limberup.domain.logbook import SessionStatus, StoredDecision, StoredProfile
from limberup.domain.progression.decisions import Action
from limberup.domain.vocabulary import Region
from limberup.services.transfer import (
    CSV_COLUMNS,
    ImportFileError,
    export_data,
    export_json,
    import_data,
    parse_export,
    sessions_csv,
)
from tests.unit.storage.builders import (
    NOW,
    PROFILE,
    item_log,
    session_log,
    stored_assessment,
    stored_plan,
)
from tests.unit.storage.fakes import FakeUnitOfWork


def filled() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    plan = stored_plan()
    with uow:
        uow.profiles.save(1, StoredProfile(profile=PROFILE, updated_at=NOW))
        uow.assessments.add(1, stored_assessment())
        uow.plans.add(1, plan)
        uow.sessions.add(
            1,
            session_log(
                plan,
                items=(
                    item_log(0, "leg_swings", notes='said "fine", then, laughed'),
                    item_log(1, "assisted_slr", pain=2, pain_region=Region.HAMSTRINGS),
                ),
                status=SessionStatus.FINISHED,
            ),
        )
        uow.sessions.add(1, session_log(plan))
        uow.commit()
    return uow


def exported_text(uow: FakeUnitOfWork) -> str:
    return export_json(export_data(uow, 1, now=NOW))


def test_export_then_import_into_an_empty_store_gives_back_the_same_data() -> None:
    source = filled()
    text = exported_text(source)
    target = FakeUnitOfWork()
    summary = import_data(target, 1, parse_export(text, source="x.json"))
    assert export_data(target, 1).data() == export_data(source, 1).data()
    assert summary.counts["sessions"] == (2, 2)


def test_importing_the_same_file_twice_adds_nothing() -> None:
    source = filled()
    document = parse_export(exported_text(source), source="x.json")
    target = FakeUnitOfWork()
    import_data(target, 1, document)
    summary = import_data(target, 1, document)
    assert summary.counts["assessments"] == (1, 0)
    assert summary.counts["sessions"] == (2, 0)
    assert export_data(target, 1).data() == export_data(source, 1).data()


def test_the_sessions_csv_has_one_row_per_logged_item_and_a_row_for_an_empty_session() -> None:
    document = export_data(filled(), 1)
    rows = list(csv.DictReader(io.StringIO(sessions_csv(document))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3
    assert rows[0]["notes"] == 'said "fine", then, laughed'
    assert rows[0]["sides"] == "left+right"
    assert (rows[1]["pain"], rows[1]["pain_region"]) == ("2", "hamstrings")
    assert rows[2]["item_index"] == ""


def broken(mutate: Any) -> str:
    data = json.loads(exported_text(filled()))
    mutate(data)
    return json.dumps(data)


BAD_FILES = [
    ("not JSON", '{"format": "limberup-export", ', "not valid JSON (Expecting"),
    ("not an object", "[1, 2]", "not a LimberUp export"),
    ("a catalogue export", json.dumps([{"id": "ankle_rolls"}]), "not a LimberUp export"),
    ("another tool's file", json.dumps({"format": "garmin"}), "got 'garmin'"),
    (
        "a newer version",
        broken(lambda d: d.update(version=2)),
        "written by a newer LimberUp (export version 2",
    ),
    (
        "a bad pain figure",
        broken(lambda d: d["sessions"][0]["items"][1].update(pain=11)),
        "sessions.0.items.1.pain: Input should be less than or equal to 10 (got 11)",
    ),
    (
        "an unknown field",
        broken(lambda d: d.update(extra=1)),
        "extra: Extra inputs are not permitted",
    ),
    (
        "a session of a plan that is nowhere",
        broken(lambda d: d.update(plans=[])),
        "neither in the file nor stored",
    ),
]


@pytest.mark.parametrize(
    ("text", "message"), [(t, m) for _, t, m in BAD_FILES], ids=[n for n, _, _ in BAD_FILES]
)
def test_a_corrupt_or_foreign_file_imports_nothing_and_says_why(text: str, message: str) -> None:
    target = FakeUnitOfWork()
    with pytest.raises(ImportFileError) as caught:
        import_data(target, 1, parse_export(text, source="in.json"))
    assert message in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert export_data(target, 1).data() == export_data(FakeUnitOfWork(), 1).data()


def test_an_import_adds_to_a_weeks_decisions_and_never_replaces_them() -> None:
    week = dt.date(2026, 11, 23)

    def decision(drill: str, action: Action) -> StoredDecision:
        return StoredDecision(week_start=week, exercise_id=drill, action=action, reason="r")

    stored = [decision(f"drill_{n}", Action.HOLD) for n in range(19)]
    uow = FakeUnitOfWork()
    with uow:
        uow.decisions.replace_week(1, week, stored)
        uow.commit()
    file = export_data(FakeUnitOfWork(), 1, now=NOW).model_copy(
        update={
            "decisions": (decision("drill_0", Action.STOP), decision("new_drill", Action.ADVANCE))
        }
    )
    summary = import_data(uow, 1, parse_export(export_json(file), source="f"))
    kept = {d.exercise_id: d.action for d in uow.decisions.list(1)}
    assert len(kept) == 20
    assert kept["drill_0"] is Action.HOLD  # the stored decision stays
    assert kept["new_drill"] is Action.ADVANCE
    assert summary.counts["decisions"] == (2, 1)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"a": NaN}', "a"),
        (b'{"a": [1, -Infinity]}', "a.1"),
        (b'{"a": 1e999}', "a"),
        (b'{"a": "\\u0000"}', "a"),
        (b'{"a": {"b": "\\ud800"}}', "a.b"),
        (b'{"\\udfff": 1}', "(key)"),
        (b'{"a": "\xc3\x28"}', "(body)"),
        (b"[" * 100_000 + b"]" * 100_000, "(body)"),
        (
            b"[" * 40 + b"]" * 40,
            "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",
        ),
        (b"{oops", "(body)"),
    ],
)
def test_strict_json_refuses_what_cannot_be_stored_naming_where(raw: bytes, field: str) -> None:
    with pytest.raises(JsonTextError) as refused:
        strict_json.loads(raw)
    assert refused.value.field == field


def test_strict_json_reads_ordinary_documents_unchanged() -> None:
    text = '{"notes": "caf\\u00e9 \\ud83c\\udfc3", "n": [1, 2.5, -0.0, 1e300], "ok": true}'
    assert strict_json.loads(text.encode()) == json.loads(text)


def _onboarded_later() -> FakeUnitOfWork:
    """A fresh install whose onboarding made a profile after the backup was taken."""
    uow = FakeUnitOfWork()
    typed = PROFILE.model_copy(update={"age": 61})
    with uow:
        uow.profiles.save(1, StoredProfile(profile=typed, updated_at=NOW + dt.timedelta(days=30)))
        uow.commit()
    return uow


def test_a_backup_restored_on_a_fresh_install_brings_its_profile_even_after_onboarding() -> None:
    backup = parse_export(exported_text(filled()), source="x.json")
    target = _onboarded_later()
    summary = import_data(target, 1, backup)
    assert summary.counts["profile"] == (1, 1)
    assert export_data(target, 1).profile == backup.profile


def test_once_anything_is_recorded_an_older_profile_in_a_file_does_not_replace_the_stored() -> None:
    backup = parse_export(exported_text(filled()), source="x.json")
    target = _onboarded_later()
    with target:
        target.assessments.add(1, stored_assessment())
        target.commit()
    stored = export_data(target, 1).profile
    summary = import_data(target, 1, backup)
    assert summary.counts["profile"] == (1, 0)
    assert export_data(target, 1).profile == stored

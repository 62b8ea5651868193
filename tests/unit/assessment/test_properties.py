"""Properties: every valid assessment evaluates; every broken one is refused naming its field."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from limberup.domain.assessment import Assessment, UnitSystem, compare, evaluate
from limberup.domain.vocabulary import Side, Status, TestId, finding_id
from limberup.entrypoints.cli.assess.render import describe_problems
from tests.unit.assessment.strategies import (
    ASSESSMENTS,
    Path,
    finite,
    leaves,
    limits,
    objects,
    set_at,
)

TWO_SIDED = ("slr", "knee_to_wall", "standing_hip", "tibial_rotation", "thoracic_rotation")


@settings(max_examples=300)
@given(ASSESSMENTS, st.sampled_from(list(UnitSystem)))
def test_every_valid_assessment_evaluates(data: dict[str, Any], units: UnitSystem) -> None:
    assessment = Assessment.model_validate(data)
    result = evaluate(assessment, units=units)
    json.dumps(result.model_dump(mode="json"))
    for finding in result.findings:
        assert finding.id == finding_id(finding.test, finding.status)
        assert finding.norm
        assert finding.source
        assert finding.message
    for test in TWO_SIDED:
        for side in data.get(test, {}):
            own = [
                f
                for f in result.findings
                if f.test is TestId(test)
                and f.side is Side(side)
                and f.status is not Status.ASYMMETRIC
            ]
            assert len(own) == 1
    painful = any(f.status is Status.PAINFUL for f in result.findings)
    assert result.refer is painful
    assert result.hypermobile is any(f.status is Status.HYPERMOBILE for f in result.findings)
    slr_hurt = "slr" in data.get("pain", {}).get("during_tests", [])
    assert (result.fms_aslr is None) is ("slr" not in data and not slr_hurt)


@settings(max_examples=150)
@given(ASSESSMENTS, ASSESSMENTS)
def test_any_two_valid_assessments_compare(
    previous: dict[str, Any], current: dict[str, Any]
) -> None:
    changes = compare(Assessment.model_validate(previous), Assessment.model_validate(current))
    for change in changes:
        assert change.test.value in previous
        assert change.side.value in previous[change.test.value]
        assert change.side.value in current[change.test.value]


@given(ASSESSMENTS)
def test_a_saved_assessment_reads_back_the_same(data: dict[str, Any]) -> None:
    assessment = Assessment.model_validate(data)
    saved = json.loads(json.dumps(assessment.model_dump(mode="json", exclude_none=True)))
    assert Assessment.model_validate(saved) == assessment


def _wrong_type(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, bool):
        return st.one_of(st.integers(0, 1), st.sampled_from(["true", "yes", "no"]), st.just([]))
    if isinstance(value, int | float):
        return st.one_of(st.text(max_size=3).map(lambda s: f"{s}1"), st.booleans(), st.just({}))
    return st.one_of(st.integers(), st.booleans(), st.just(["x"]), st.just("not-a-value"))


@st.composite
def broken(draw: st.DrawFn) -> tuple[dict[str, Any], Path]:
    """A valid assessment with one thing broken, and the path the refusal must name."""
    data = copy.deepcopy(draw(ASSESSMENTS))
    kind = draw(st.sampled_from(["range", "type", "unknown key", "empty side", "missing"]))
    if kind == "range":
        numeric = [(p, v) for p, v in leaves(data) if limits(p) is not None]
        if numeric:
            path, value = draw(st.sampled_from(numeric))
            low, high = limits(path) or (0, 0)
            if isinstance(value, int):
                bad: float = draw(
                    st.one_of(
                        st.integers(max_value=int(low) - 1), st.integers(min_value=int(high) + 1)
                    )
                )
            else:
                bad = draw(st.one_of(finite(-1e9, low - 0.001), finite(high + 0.001, 1e9)))
            set_at(data, path, bad)
            return data, path
    if kind == "type":
        path, value = draw(st.sampled_from(leaves(data)))
        set_at(data, path, draw(_wrong_type(value)))
        return data, path
    if kind == "empty side":
        given_sides = [(test, side) for test in TWO_SIDED for side in data.get(test, {})]
        if given_sides:
            path = draw(st.sampled_from(given_sides))
            empty_path: Path = path if path[0] != "standing_hip" else (*path, "flexion")
            set_at(data, path, {})
            return data, empty_path
    if kind == "missing":
        return {k: v for k, v in data.items() if k != "date"}, ("date",)
    parent = draw(st.sampled_from(objects(data)))
    key = draw(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).filter(
            lambda k: k not in ("left", "right")
        )
    )
    target = data
    for part in parent:
        target = target[part]
    if key in target or (parent == () and key in Assessment.model_fields):
        key = f"{key}_unknown"
    target[key] = 1
    return data, (*parent, key)


@settings(max_examples=400)
@given(broken())
def test_every_broken_assessment_is_refused_naming_the_field(
    case: tuple[dict[str, Any], Path],
) -> None:
    data, path = case
    with pytest.raises(ValidationError) as refused:
        Assessment.model_validate(data)
    named = [tuple(problem["loc"]) for problem in refused.value.errors()]
    assert any(loc[: len(path)] == path for loc in named), (path, named)
    assert ".".join(map(str, path)) in describe_problems(refused.value)

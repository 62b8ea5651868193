"""Each article's drills are all in the library, with the article's own figures.

One table per seed: exercise id -> laterality, dose and variant doses. A dose field not listed
must be null (the article gives no number); a variant not listed in ``variants`` must carry no
dose of its own (the exercise's applies).
"""

from __future__ import annotations

from typing import Any

import pytest

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Dose, Exercise

RANGES = ("sets", "reps", "hold_s", "hold_breaths", "days_per_week", "rest_s", "inhale_s")
RANGES += ("exhale_s",)

Spec = dict[str, Any]

SEED_000: dict[str, Spec] = {
    "toe_walking": {
        "laterality": "alternating",
        "dose": {"reps": (20, 20), "reps_unit": "steps"},
        "variants": {
            "toes_forward": {"reps": (20, 20), "reps_unit": "steps"},
            "feet_out": {"reps": (20, 20), "reps_unit": "feet"},
            "feet_in": {"reps": (20, 20), "reps_unit": "feet"},
        },
    },
    "hand_to_foot_kick": {"laterality": "alternating", "dose": {"reps": (10, 12)}},
    "step_downs": {"laterality": "alternating", "dose": {"reps": (30, 30)}},
    "clam_shell": {"laterality": "each_side", "dose": {"reps": (10, 10), "hold_s": (10, 10)}},
    "toy_soldier": {
        "laterality": "alternating",
        "dose": {"reps": (20, 20), "reps_unit": "steps"},
    },
    "single_leg_raise": {"laterality": "each_side", "dose": {"hold_s": (10, 10)}},
    "leg_swings": {
        "laterality": "each_side",
        "dose": {"reps": (10, 12)},
        "inherit": ["front_to_back", "across_body"],
    },
    "leg_swings_in_water": {
        "laterality": "each_side",
        "dose": {"reps": (10, 12)},
        "inherit": ["front_to_back", "across_body"],
    },
    "butt_kicks": {"laterality": "alternating", "dose": {"reps": (20, 20), "reps_unit": "steps"}},
    "upper_leg_workout": {
        "laterality": "each_side",
        "dose": {"reps": (10, 10), "hold_s": (8, 8), "rest_s": (10, 10)},
    },
}

SEED_001: dict[str, Spec] = {
    "assisted_slr": {
        "laterality": "each_side",
        "dose": {
            "reps": (3, 5),
            "hold_breaths": (3, 5),
            "inhale_s": (3, 4),
            "exhale_s": (6, 8),
            "days_per_week": (7, 7),
        },
    },
    "leg_lowering_1": {
        "laterality": "each_side",
        "dose": {"sets": (1, 1), "reps": (6, 8), "hold_breaths": (1, 2), "days_per_week": (7, 7)},
    },
    "core_engaged_slr": {"laterality": "each_side", "dose": {}},
    "leg_lowering_2": {"laterality": "each_side", "dose": {}},
}

SEED_002: dict[str, Spec] = {
    "ankle_band_mobilization": {
        "laterality": "each_side",
        "dose": {"sets": (1, 3), "reps": (5, 8), "hold_s": (5, 30), "days_per_week": (2, 7)},
    },
    "knee_rotation": {
        "laterality": "each_side",
        "dose": {"sets": (1, 3), "reps": (5, 8), "hold_s": (2, 20), "days_per_week": (1, 5)},
    },
    "hip_band_mobilization": {
        "laterality": "each_side",
        "dose": {"sets": (1, 3), "hold_s": (5, 60), "days_per_week": (1, 5)},
        "inherit": ["flexion", "external_rotation", "adduction", "extension"],
    },
    "standing_hip_rom": {
        "laterality": "each_side",
        "dose": {"reps": (1, 5), "days_per_week": (1, 5)},
    },
    "spinal_rotation_shoulder_er": {
        "laterality": "each_side",
        "dose": {"sets": (1, 3), "reps": (5, 10), "days_per_week": (1, 5)},
    },
}

SEED_003: dict[str, Spec] = {
    "ankle_rolls": {"laterality": "bilateral", "dose": {"reps": (20, 20)}},
    "straight_leg_ankle_matrix": {
        "laterality": "each_side",
        "dose": {"reps": (5, 10)},
        "variants": {
            "forward": {"reps": (5, 10)},
            "out_45": {"reps": (5, 10)},
            "across_midline": {},
            "rotation": {},
        },
    },
    "bent_knee_ankle_matrix": {
        "laterality": "each_side",
        "dose": {},
        "variants": {"knee_bends": {"reps": (5, 10)}, "knee_sweeps": {"reps": (10, 20)}},
    },
    "hip_flexor_matrix": {
        "laterality": "each_side",
        "dose": {"reps": (5, 10)},
        "inherit": [
            "forward",
            "foot_out_45",
            "foot_across_midline",
            "back_leg_turned_out",
            "back_leg_turned_in",
        ],
    },
    "modified_pigeon": {"laterality": "each_side", "dose": {"reps": (10, 20)}},
    "corner_stretch": {
        "laterality": "each_side",
        "dose": {"reps": (5, 10)},
        "inherit": ["chest_drive", "head_turns", "hip_shifts"],
    },
    "side_lying_rotation": {"laterality": "each_side", "dose": {"reps": (5, 10)}},
    "side_flexion_rotation": {
        "laterality": "each_side",
        "dose": {"reps": (5, 10)},
        "inherit": ["side_bends", "rotated_side_bends"],
    },
}

SEED_004: dict[str, Spec] = {
    "foam_rolling": {
        "laterality": "each_side",
        "dose": {},
        "inherit": ["legs", "glutes", "back"],
    },
    "drive_backs": {"laterality": "each_side", "dose": {"reps": (10, 10)}},
    "deadlift": {"laterality": "bilateral", "dose": {"sets": (3, 3), "reps": (10, 10)}},
    "kettlebell_swing": {"laterality": "bilateral", "dose": {}},
    # 15 steps each leg, 30 in all: the legs alternate, so the dose counts the total.
    "straight_leg_walking_kicks": {
        "laterality": "alternating",
        "dose": {"reps": (30, 30), "reps_unit": "steps"},
    },
}

SEEDS = {
    "000_9dafa4c8e5179e2e.txt": SEED_000,
    "001_3b92e852c4e5e949.txt": SEED_001,
    "002_4ba9b95cc33fccf4.txt": SEED_002,
    "003_1b393e92a3c473ca.txt": SEED_003,
    "004_32bf8d8bdb4a8357.txt": SEED_004,
}


def figures(dose: Dose) -> dict[str, object]:
    found: dict[str, object] = {"reps_unit": dose.reps_unit}
    for name in RANGES:
        value = getattr(dose, name)
        found[name] = None if value is None else (value.min, value.max)
    return found


def expected(spec: dict[str, object]) -> dict[str, object]:
    return {"reps_unit": "reps", **dict.fromkeys(RANGES), **spec}


def check(exercise: Exercise, spec: Spec) -> None:
    assert exercise.laterality == spec["laterality"], exercise.id
    assert figures(exercise.dose) == expected(spec["dose"]), exercise.id
    own = spec.get("variants", {})
    inherit = spec.get("inherit", [])
    assert [v.id for v in exercise.variants] == [*own, *inherit], exercise.id
    for variant in exercise.variants:
        if variant.id in own:
            assert variant.dose is not None, (exercise.id, variant.id)
            assert figures(variant.dose) == expected(own[variant.id]), (exercise.id, variant.id)
        else:
            assert variant.dose is None, (exercise.id, variant.id)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_drill_of_the_article_is_there_and_nothing_else(seed: str) -> None:
    ids = {e.id for e in load_catalogue().exercises if e.source.seed == seed}
    assert ids == set(SEEDS[seed])


@pytest.mark.parametrize(
    ("exercise_id", "spec"),
    [(exercise_id, spec) for table in SEEDS.values() for exercise_id, spec in table.items()],
    ids=[exercise_id for table in SEEDS.values() for exercise_id in table],
)
def test_doses_are_the_articles_figures(exercise_id: str, spec: Spec) -> None:
    check(load_catalogue().get(exercise_id), spec)


def test_the_tables_cover_every_exercise_of_the_library() -> None:
    covered = {exercise_id for table in SEEDS.values() for exercise_id in table}
    assert covered == {exercise.id for exercise in load_catalogue().exercises}


def test_a_number_limberup_adds_fills_only_a_gap_the_article_leaves() -> None:
    for exercise in load_catalogue().exercises:
        doses = [exercise.dose, *(v.dose for v in exercise.variants if v.dose is not None)]
        for entry in exercise.ours:
            section, _, name = entry.field.partition(".")
            assert section == "dose", (exercise.id, entry.field)
            assert name in RANGES, (exercise.id, entry.field)
            gaps = [dose for dose in doses if getattr(dose, name) is None]
            assert gaps, f"{exercise.id}: ours {entry.field} but the article gives it everywhere"
            assert len(entry.reason.split()) >= 8, (exercise.id, entry.field)

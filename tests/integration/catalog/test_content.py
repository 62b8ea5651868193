"""What each drill is and where it fits: the facts the planner and the player rely on."""

from __future__ import annotations

import pytest

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Catalogue, Exercise
from limberup.domain.dosing import DoseLevel, prescribe
from limberup.domain.vocabulary import Context, Equipment, Modality
from tests.own_words import fingerprints

SHOWN_ONLY_ON_VIDEO = {"core_engaged_slr", "leg_lowering_2"}
PRE_RUN_MODALITIES = {
    Modality.DYNAMIC,
    Modality.ACTIVATION,
    Modality.SOFT_TISSUE,
    Modality.STRENGTH,
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def exercise(exercise_id: str) -> Exercise:
    return load_catalogue().get(exercise_id)


@pytest.mark.parametrize(
    ("exercise_id", "modality"),
    [
        ("assisted_slr", "static_hold"),
        ("ankle_band_mobilization", "static_hold"),
        ("hip_band_mobilization", "static_hold"),
        ("knee_rotation", "active_rom"),
        ("foam_rolling", "soft_tissue"),
        ("deadlift", "strength"),
        ("kettlebell_swing", "strength"),
        ("step_downs", "strength"),
        ("drive_backs", "activation"),
        ("clam_shell", "activation"),
        ("straight_leg_walking_kicks", "dynamic"),
        ("leg_swings", "dynamic"),
    ],
)
def test_modality(exercise_id: str, modality: str) -> None:
    assert exercise(exercise_id).modality == modality


def test_every_seed_003_drill_is_dynamic_with_our_one_second_pause(catalogue: Catalogue) -> None:
    drills = [e for e in catalogue.exercises if e.source.seed.startswith("003_")]
    assert len(drills) == 8
    for drill in drills:
        assert drill.modality is Modality.DYNAMIC, drill.id
        assert drill.dose.hold_s is None, drill.id
        ours = {entry.field: entry.value for entry in drill.ours}
        assert ours["dose.hold_s"] == 1, drill.id


def test_seed_000_frequency_is_ours_not_the_articles(catalogue: Catalogue) -> None:
    for drill in (e for e in catalogue.exercises if e.source.seed.startswith("000_")):
        assert drill.dose.days_per_week is None, drill.id
    warm_up = catalogue.programs[0]
    for step in warm_up.steps:
        fields = {entry.field for entry in catalogue.get(step.exercise_id).ours}
        assert "dose.days_per_week" in fields, step.exercise_id


@pytest.mark.parametrize(
    ("exercise_id", "variant_planes"),
    [
        (
            "straight_leg_ankle_matrix",
            {
                "forward": "sagittal",
                "out_45": "frontal",
                "across_midline": "frontal",
                "rotation": "transverse",
            },
        ),
        ("bent_knee_ankle_matrix", {"knee_bends": "sagittal", "knee_sweeps": "transverse"}),
        (
            "hip_band_mobilization",
            {
                "flexion": "sagittal",
                "external_rotation": "transverse",
                "adduction": "frontal",
                "extension": "sagittal",
            },
        ),
        ("leg_swings", {"front_to_back": "sagittal", "across_body": "frontal"}),
        ("corner_stretch", {"chest_drive": "sagittal", "head_turns": "transverse"}),
        (
            "hip_flexor_matrix",
            {
                "forward": "sagittal",
                "foot_out_45": "frontal",
                "foot_across_midline": "frontal",
                "back_leg_turned_out": "transverse",
                "back_leg_turned_in": "transverse",
            },
        ),
    ],
)
def test_planes_per_variant(exercise_id: str, variant_planes: dict[str, str]) -> None:
    drill = exercise(exercise_id)
    for variant_id, plane in variant_planes.items():
        assert drill.variant(variant_id).planes == (plane,), (exercise_id, variant_id)
    covered = {plane for variant in drill.variants for plane in variant.planes}
    assert covered <= set(drill.planes)


def test_an_exercise_lists_every_plane_its_variants_use(catalogue: Catalogue) -> None:
    for drill in catalogue.exercises:
        for variant in drill.variants:
            assert set(variant.planes) <= set(drill.planes), (drill.id, variant.id)


@pytest.mark.parametrize(
    ("exercise_id", "equipment"),
    [
        ("assisted_slr", [("strap", "light_band", "towel")]),
        ("hip_band_mobilization", ["heavy_band", "band_anchor"]),
        ("ankle_band_mobilization", ["light_band", "band_anchor"]),
        ("corner_stretch", [("room_corner", "doorway", "squat_rack")]),
        ("modified_pigeon", [("adjustable_bench", "bench")]),
        ("step_downs", ["step"]),
        ("deadlift", []),  # a bodyweight hip hinge first: seed 004 starts with little or no weight
        ("kettlebell_swing", ["kettlebell"]),
        ("drive_backs", ["bed_or_couch"]),
        ("foam_rolling", ["foam_roller"]),
        ("upper_leg_workout", ["towel"]),
        ("leg_swings_in_water", ["pool"]),
        ("spinal_rotation_shoulder_er", ["wall"]),
        ("toe_walking", []),
    ],
)
def test_equipment_with_alternatives(exercise_id: str, equipment: list[object]) -> None:
    assert list(exercise(exercise_id).equipment) == equipment


@pytest.mark.parametrize(
    ("exercise_id", "targets"),
    [
        ("assisted_slr", {"slr_limited", "slr_asymmetric"}),
        ("leg_lowering_1", {"slr_limited", "slr_asymmetric"}),
        ("core_engaged_slr", {"slr_limited", "slr_asymmetric"}),
        ("leg_lowering_2", {"slr_limited", "slr_asymmetric"}),
        ("ankle_band_mobilization", {"knee_to_wall_limited", "knee_to_wall_asymmetric"}),
        ("straight_leg_ankle_matrix", {"knee_to_wall_limited", "knee_to_wall_asymmetric"}),
        ("bent_knee_ankle_matrix", {"knee_to_wall_limited", "knee_to_wall_asymmetric"}),
        ("knee_rotation", {"tibial_rotation_limited", "tibial_rotation_asymmetric"}),
        ("spinal_rotation_shoulder_er", {"thoracic_rotation_limited"}),
        ("side_lying_rotation", {"thoracic_rotation_limited"}),
        ("side_flexion_rotation", {"thoracic_rotation_limited"}),
        ("corner_stretch", {"thoracic_rotation_limited"}),
        ("deadlift", {"hypermobile"}),
        ("drive_backs", {"hypermobile"}),
        ("single_leg_raise", {"hypermobile"}),
    ],
)
def test_targets(exercise_id: str, targets: set[str]) -> None:
    assert targets <= set(exercise(exercise_id).targets)


def test_every_drill_names_a_finding_it_serves(catalogue: Catalogue) -> None:
    assert all(drill.targets for drill in catalogue.exercises)


def test_pre_run_only_for_dynamic_activation_soft_tissue_and_strength(catalogue: Catalogue) -> None:
    for drill in catalogue.exercises:
        if Context.PRE_RUN in drill.contexts:
            assert drill.modality in PRE_RUN_MODALITIES, drill.id


def test_long_band_work_is_for_rest_days(catalogue: Catalogue) -> None:
    for drill_id in ("hip_band_mobilization", "ankle_band_mobilization", "assisted_slr"):
        assert Context.REST_DAY in exercise(drill_id).contexts
        assert Context.PRE_RUN not in exercise(drill_id).contexts


def test_micro_break_drills_need_no_floor_and_no_portable_kit(catalogue: Catalogue) -> None:
    fixtures = {Equipment.WALL, Equipment.ROOM_CORNER, Equipment.DOORWAY, Equipment.SQUAT_RACK}
    for drill in catalogue.exercises:
        if Context.MICRO_BREAK in drill.contexts:
            assert drill.position in {"standing", "walking"}, drill.id
            assert drill.can_be_done_with(frozenset(fixtures)), drill.id


@pytest.mark.parametrize(
    ("easier", "harder"),
    [
        ("assisted_slr", "core_engaged_slr"),
        ("leg_lowering_1", "leg_lowering_2"),
        ("deadlift", "kettlebell_swing"),
    ],
)
def test_progressions_and_their_reverse_regressions(easier: str, harder: str) -> None:
    assert harder in exercise(easier).progressions
    assert easier in exercise(harder).regressions


def test_every_link_has_its_reverse(catalogue: Catalogue) -> None:
    for drill in catalogue.exercises:
        for harder in drill.progressions:
            assert drill.id in catalogue.get(harder).regressions, (drill.id, harder)
        for easier in drill.regressions:
            assert drill.id in catalogue.get(easier).progressions, (drill.id, easier)


def test_intensify_text_where_the_article_gives_it() -> None:
    assert any("anchor" in text for text in exercise("ankle_band_mobilization").intensify)
    assert any("weight" in text for text in exercise("ankle_band_mobilization").intensify)
    assert any("anchor" in text for text in exercise("hip_band_mobilization").intensify)
    assert any("lunge" in text for text in exercise("hip_band_mobilization").intensify)
    assert any("jog" in text for text in exercise("butt_kicks").intensify)


def test_every_drill_warns_about_pain(catalogue: Catalogue) -> None:
    for drill in catalogue.exercises:
        text = " ".join(drill.cautions).lower()
        assert "pain" in text or "hurt" in text, drill.id


def test_static_holds_warn_the_hypermobile(catalogue: Catalogue) -> None:
    for drill in catalogue.exercises:
        if drill.modality is Modality.STATIC_HOLD:
            assert any("hypermobile" in caution for caution in drill.cautions), drill.id


def test_the_bent_knee_ankle_matrix_backs_off_a_front_of_ankle_pinch() -> None:
    cautions = " ".join(exercise("bent_knee_ankle_matrix").cautions)
    assert "pinching feeling where the shin meets the foot" in cautions
    assert "go less deep" in cautions


def test_drills_shown_only_on_video_have_our_steps_and_our_dose_and_say_so() -> None:
    # The article's dose is empty; every figure the player uses is an `ours` entry with a reason.
    for drill_id in SHOWN_ONLY_ON_VIDEO:
        drill = exercise(drill_id)
        assert len(drill.steps) >= 4
        assert drill.variants == ()
        article = drill.dose.model_dump(exclude={"reps_unit", "hold_at", "hold_per_set"})
        assert article == dict.fromkeys(article)
        ours = {entry.field: entry for entry in drill.ours}
        assert set(ours) >= {"dose.sets", "dose.reps", "dose.hold_breaths", "dose.days_per_week"}
        assert all(entry.reason for entry in ours.values())
        notes = " ".join(drill.notes)
        assert "only in a video" in notes
        assert "description of a standard" in notes
        assert "every dose figure is ours" in notes
        assert "brace the trunk before the legs move" in notes


def test_a_progression_is_prescribed_with_its_own_dose_not_a_borrowed_one() -> None:
    for drill_id, reps, breaths in (("core_engaged_slr", 5, 2), ("leg_lowering_2", 6, 1)):
        [part] = prescribe(exercise(drill_id), DoseLevel.LOW)
        assert (part.sets, part.reps, part.hold_breaths) == (1, reps, breaths)


def test_every_drill_has_steps(catalogue: Catalogue) -> None:
    for drill in catalogue.exercises:
        assert drill.steps, drill.id


def test_butt_kicks_are_named_though_the_article_lost_the_heading() -> None:
    drill = exercise("butt_kicks")
    assert drill.name == "Butt kicks"
    assert any("heading" in note for note in drill.notes)


def test_each_seed_has_one_source_and_the_seed_file_exists(catalogue: Catalogue) -> None:
    sources = {drill.source.seed: drill.source for drill in catalogue.exercises}
    assert len(sources) == 5
    for drill in catalogue.exercises:
        assert drill.source == sources[drill.source.seed], drill.id
    for program in catalogue.programs:
        assert program.source == sources[program.source.seed], program.id
    for seed in sources:
        assert seed in fingerprints(), seed


@pytest.mark.parametrize(
    ("seed", "author"),
    [
        ("000", "unnamed author"),
        ("001", "David"),
        ("002", "Esther Smith"),
        ("003", "Kyle Norman"),
        ("004", "Jessica Marie Rose Leggio"),
    ],
)
def test_authors_as_the_articles_name_them(catalogue: Catalogue, seed: str, author: str) -> None:
    (source,) = {d.source for d in catalogue.exercises if d.source.seed.startswith(seed)}
    assert author in source.author


@pytest.mark.parametrize(
    ("program_id", "steps"),
    [
        (
            "leg_mobilization_warmup",
            [
                "toe_walking",
                "hand_to_foot_kick",
                "step_downs",
                "clam_shell",
                "toy_soldier",
                "single_leg_raise",
                "leg_swings",
                "butt_kicks",
                "upper_leg_workout",
            ],
        ),
        ("slr_fix", ["assisted_slr", "leg_lowering_1"]),
        (
            "ground_up_joint_routine",
            [
                "ankle_band_mobilization",
                "knee_rotation",
                "hip_band_mobilization",
                "standing_hip_rom",
                "spinal_rotation_shoulder_er",
            ],
        ),
        (
            "three_d_ankle_hip_spine",
            [
                "ankle_rolls",
                "straight_leg_ankle_matrix",
                "bent_knee_ankle_matrix",
                "hip_flexor_matrix",
                "modified_pigeon",
                "corner_stretch",
                "side_lying_rotation",
                "side_flexion_rotation",
            ],
        ),
        (
            "pre_run_prep",
            ["foam_rolling", "drive_backs", "deadlift", "straight_leg_walking_kicks"],
        ),
    ],
)
def test_programs_keep_the_articles_order(
    catalogue: Catalogue, program_id: str, steps: list[str]
) -> None:
    (program,) = [p for p in catalogue.programs if p.id == program_id]
    assert [step.exercise_id for step in program.steps] == steps
    assert program.timing


def test_the_slr_fix_runs_daily_until_passed_with_a_weekly_retest(catalogue: Catalogue) -> None:
    (program,) = [p for p in catalogue.programs if p.id == "slr_fix"]
    assert program.contexts == (Context.DAILY,)
    assert "Every day" in program.timing
    assert "maintenance" in program.timing
    assert program.retest is not None
    assert "once a week" in program.retest
    progression = " ".join(program.progression)
    assert "core engaged straight leg raise" in progression
    assert "leg lowering 2" in progression


def test_the_pre_run_prep_is_four_ordered_steps_also_for_days_off(catalogue: Catalogue) -> None:
    (program,) = [p for p in catalogue.programs if p.id == "pre_run_prep"]
    notes = [step.note or "" for step in program.steps]
    assert [note.split(":")[0] for note in notes] == ["Step 1", "Step 2", "Step 3", "Step 4"]
    assert "kettlebell" in notes[2]
    assert set(program.contexts) == {Context.PRE_RUN, Context.REST_DAY}


def test_the_hip_band_program_step_lists_the_four_planes_in_order(catalogue: Catalogue) -> None:
    (program,) = [p for p in catalogue.programs if p.id == "ground_up_joint_routine"]
    assert program.steps[2].variant_ids == (
        "flexion",
        "external_rotation",
        "adduction",
        "extension",
    )

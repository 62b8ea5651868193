from __future__ import annotations

from limberup.domain.catalog import Dose, OurNumber, Variant
from limberup.domain.dosing import DEFAULTS, DoseLevel, prescribe, sides_of
from limberup.domain.vocabulary import Laterality, Modality
from tests.factories import exercise, span


def test_low_takes_the_bottom_and_high_the_top_of_every_range() -> None:
    drill = exercise("band", dose=Dose(sets=span(1, 3), reps=span(5, 8), hold_s=span(5, 30)))
    (low,) = prescribe(drill, DoseLevel.LOW)
    (high,) = prescribe(drill, DoseLevel.HIGH)
    assert (low.sets, low.reps, low.hold_s) == (1, 5, 5)
    assert (high.sets, high.reps, high.hold_s) == (3, 8, 30)


def test_a_missing_figure_comes_from_ours_then_from_our_defaults() -> None:
    with_ours = exercise(
        "kicks", dose=Dose(), ours=(OurNumber(field="dose.reps", value=12, reason="why not"),)
    )
    (part,) = prescribe(with_ours, DoseLevel.HIGH)
    assert part.reps == 12
    assert part.sets == DEFAULTS["sets"].value
    (plain,) = prescribe(exercise("plain", dose=Dose()), DoseLevel.LOW)
    assert plain.reps == DEFAULTS["reps"].value


def test_a_hold_without_reps_is_one_hold() -> None:
    drill = exercise("hold", modality=Modality.STATIC_HOLD, dose=Dose(hold_s=span(5, 60)))
    (part,) = prescribe(drill, DoseLevel.LOW)
    assert (part.reps, part.hold_s) == (1, 5)


def test_variants_are_parts_in_order_with_their_own_dose_or_the_parents() -> None:
    drill = exercise(
        "matrix",
        dose=Dose(reps=span(5, 10)),
        variants=(
            Variant(id="forward", name="Forward"),
            Variant(id="out", name="Out", dose=Dose(reps=span(10, 20))),
        ),
    )
    parts = prescribe(drill, DoseLevel.HIGH)
    assert [(p.variant_id, p.reps) for p in parts] == [("forward", 10), ("out", 20)]


def test_only_each_side_drills_are_done_twice() -> None:
    assert sides_of(exercise("a", laterality=Laterality.EACH_SIDE)) == 2
    assert sides_of(exercise("b", laterality=Laterality.ALTERNATING)) == 1
    assert sides_of(exercise("c", laterality=Laterality.BILATERAL)) == 1


def test_a_drill_without_a_rep_count_gets_eight_a_middle_figure_of_five_to_ten() -> None:
    (part,) = prescribe(exercise("kicks", dose=Dose()), DoseLevel.HIGH)
    assert (part.sets, part.reps) == (1, 8)

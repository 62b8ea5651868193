"""Keep the result of ``limberup assess`` in LimberUp's storage, for history and progress."""

from __future__ import annotations

from rich.console import Console

from limberup.domain.assessment import Assessment
from limberup.domain.logbook import AssessmentKind
from limberup.domain.planning.week import Profile
from limberup.entrypoints.cli.day_words import long_date
from limberup.entrypoints.cli.store import Store, reported
from limberup.services.assessments import record_assessment
from limberup.services.profile import get_profile


def stored_profile(store: Store) -> Profile | None:
    """The runner's profile, for the age and units they already gave, if they made one."""
    with reported():
        stored = get_profile(store.uow(), store.user_id)
    return stored.profile if stored else None


def store_assessment(console: Console, store: Store, assessment: Assessment) -> None:
    """Store a validated assessment for the local user and say so (exits on a storage error)."""
    with reported():
        stored = record_assessment(store.uow(), store.runtime, store.user_id, assessment)
    kind = "retest" if stored.kind is AssessmentKind.RETEST else "assessment"
    console.print(
        f"Kept in LimberUp's storage as your {kind} of {long_date(stored.taken_on)}: "
        "`limberup progress` shows your tests over time, `limberup plan --new` plans around it."
    )

"""The runner's profile: their week, minutes per kind of session, kit, age and units."""

from __future__ import annotations

from limberup.domain.logbook import StoredProfile
from limberup.domain.planning.week import Profile
from limberup.exceptions import MissingProfileError
from limberup.services.plans import check_profile_ids, replan_from_today
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork


def save_profile(
    uow: UnitOfWork, runtime: Runtime, user_id: int, profile: Profile
) -> StoredProfile:
    """Store the runner's profile, replacing the one they had, and plan the week again from
    today (:func:`~limberup.services.plans.replan_from_today`).

    Raises:
        UnknownIdError: ``avoid`` or ``prefer`` names a drill that does not exist.
    """
    check_profile_ids(profile, runtime.catalogue)
    with uow:
        stored = uow.profiles.save(
            user_id, StoredProfile(profile=profile, updated_at=runtime.clock.now())
        )
        uow.commit()
    replan_from_today(uow, runtime, user_id)
    return stored


def get_profile(uow: UnitOfWork, user_id: int) -> StoredProfile | None:
    """The runner's stored profile, if they made one."""
    with uow:
        return uow.profiles.get(user_id)


def require_profile(uow: UnitOfWork, user_id: int) -> StoredProfile:
    """The runner's stored profile.

    Raises:
        MissingProfileError: they have none yet.
    """
    stored = get_profile(uow, user_id)
    if stored is None:
        raise MissingProfileError
    return stored

"""The runner's profile: their week, minutes per kind of session, kit, age and units."""

from __future__ import annotations

import datetime as dt

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Catalogue
from limberup.domain.logbook import StoredProfile
from limberup.domain.planning.week import Profile
from limberup.services.errors import MissingProfileError
from limberup.services.unit_of_work import UnitOfWork
from limberup.services.users import utc_now


def save_profile(
    uow: UnitOfWork,
    user_id: int,
    profile: Profile,
    *,
    catalogue: Catalogue | None = None,
    now: dt.datetime | None = None,
) -> StoredProfile:
    """Store the runner's profile, replacing the one they had.

    Raises:
        UnknownIdError: ``avoid`` or ``prefer`` names a drill that does not exist.
    """
    from limberup.services.planning import check_profile_ids  # it brings the solver along

    check_profile_ids(profile, catalogue or load_catalogue())
    with uow:
        stored = uow.profiles.save(
            user_id, StoredProfile(profile=profile, updated_at=now or utc_now())
        )
        uow.commit()
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

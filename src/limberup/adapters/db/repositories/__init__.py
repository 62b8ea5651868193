"""Repositories: each reads and writes one kind of record for one user, as domain values.

Every method takes the ``user_id`` whose data it touches, and no query reaches past it.
Writes of records that carry a client-made UUID are idempotent: storing one again returns the
stored record. Nothing here commits: the unit of work does.
"""

from limberup.adapters.db.repositories.assessments import SqlAssessmentRepository
from limberup.adapters.db.repositories.decisions import SqlDecisionRepository
from limberup.adapters.db.repositories.drafts import SqlDraftRepository
from limberup.adapters.db.repositories.plans import SqlPlanRepository
from limberup.adapters.db.repositories.profiles import SqlProfileRepository
from limberup.adapters.db.repositories.sessions import SqlSessionRepository
from limberup.adapters.db.repositories.users import SqlUserRepository

__all__ = [
    "SqlAssessmentRepository",
    "SqlDecisionRepository",
    "SqlDraftRepository",
    "SqlPlanRepository",
    "SqlProfileRepository",
    "SqlSessionRepository",
    "SqlUserRepository",
]

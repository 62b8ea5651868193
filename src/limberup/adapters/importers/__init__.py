"""Bring in exercise catalogues people already use, kept apart from the curated library.

Each importer reads one outside format, validates every record before keeping any, and maps
what it can onto LimberUp's vocabulary. The result carries an :class:`ImportReport` that says,
field by field, how many records mapped and why the rest did not.

Errors::

    ImportFormatError      the file or a record is malformed: nothing is imported
"""

from limberup.adapters.importers.free_exercise_db import import_free_exercise_db
from limberup.adapters.importers.model import (
    FieldReport,
    ImportedExercise,
    ImportReport,
    ImportResult,
    RecordProblem,
)
from limberup.adapters.importers.wger import import_wger
from limberup.exceptions import ImportFormatError

__all__ = [
    "FieldReport",
    "ImportFormatError",
    "ImportReport",
    "ImportResult",
    "ImportedExercise",
    "RecordProblem",
    "import_free_exercise_db",
    "import_wger",
]

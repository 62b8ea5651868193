"""Tell the storage faults a person can act on from other database errors.

SQLite and PostgreSQL report a full disk, a read-only file or a damaged file as driver
errors; each is named here once so that the web app (507 or 503 with a message) and the CLI
(a message, never a traceback) say the same thing.
"""

from __future__ import annotations

import errno

from limberup.exceptions import (
    CorruptStorageError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
)

FULL_SQLSTATES = frozenset({"53100"})  # disk_full
READ_ONLY_SQLSTATES = {
    # PostgreSQL has no read-only file: the server or the role refuses the write.
    "25006": "the database server takes no writes",  # read_only_sql_transaction (a standby)
    "42501": "the database role may not change LimberUp's tables",  # insufficient_privilege
}


def storage_fault(error: BaseException) -> StorageError | None:
    """The storage fault ``error`` reports, or None when it is some other failure."""
    if isinstance(error, StorageError):
        return error
    original = getattr(error, "orig", None) or error
    sqlstate = getattr(original, "sqlstate", None)
    text = str(original).lower()
    if (
        (isinstance(original, OSError) and original.errno == errno.ENOSPC)
        or sqlstate in FULL_SQLSTATES
        or "database or disk is full" in text
        or "no space left" in text
    ):
        return StorageFullError()
    if sqlstate in READ_ONLY_SQLSTATES:
        return ReadOnlyStorageError(READ_ONLY_SQLSTATES[sqlstate])
    if (
        (isinstance(original, OSError) and original.errno == errno.EROFS)
        or "readonly database" in text
        or "read-only file system" in text
    ):
        return ReadOnlyStorageError()
    if "malformed" in text or "not a database" in text:
        return CorruptStorageError(str(original).strip().splitlines()[0])
    return None

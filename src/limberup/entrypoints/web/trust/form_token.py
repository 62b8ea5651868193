"""A token every page form carries, which a page on another site cannot read.

The token is made from a secret kept in the data directory (or ``LIMBERUP_FORM_SECRET``, for
workers on several machines), so every worker of a deployment makes the same one and cached
pages stay valid. Pages put it in a hidden field of every form
and, for htmx, in the ``X-CSRF-Token`` header (``hx-headers`` on ``<body>``); a state-changing
page request without it is refused with 403. Another site cannot read the pages (the same-origin
rule, and ``hosts.py`` against DNS rebinding), so it cannot learn the token.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from fastapi import HTTPException, Request

from limberup.entrypoints.web.trust.same_origin import SAFE_METHODS

FIELD = "csrf_token"
HEADER = "x-csrf-token"
SECRET_FILE = "form-token.key"

log = logging.getLogger(__name__)


def load_form_token(data_dir: Path, secret: str | None = None) -> str:
    """The deployment's token, from ``secret`` if one is configured, otherwise from the secret
    in ``data_dir`` (made there on first use)."""
    if secret is None:
        secret = _secret_in(data_dir)
    return hmac.new(secret.encode(), b"limberup page forms", hashlib.sha256).hexdigest()


def _secret_in(data_dir: Path) -> str:
    try:
        return _read_or_make(data_dir / SECRET_FILE)
    except OSError:
        # A read-only data directory: forms cannot store anything anyway; one process's token.
        log.warning("cannot keep the form secret in %s; using one for this process", data_dir)
        return secrets.token_hex(32)


def _read_or_make(path: Path) -> str:
    if not path.exists():
        draft = path.with_name(f".{SECRET_FILE}.{os.getpid()}")
        draft.write_text(secrets.token_hex(32))
        draft.chmod(0o600)
        try:
            os.link(draft, path)  # atomic: the first worker's secret wins, the rest read it
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


async def require_form_token(request: Request) -> None:
    """Refuse a state-changing page request that does not carry the token."""
    if request.method in SAFE_METHODS:
        return
    expected: str = request.app.state.form_token
    given = request.headers.get(HEADER)
    if given is None and _is_form(request):
        value = (await request.form()).get(FIELD)
        given = value if isinstance(value, str) else None
    if given is None or not hmac.compare_digest(given, expected):
        raise HTTPException(
            403, "This form did not come from LimberUp's own page; reload the page and try again."
        )


def _is_form(request: Request) -> bool:
    media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    return media in ("application/x-www-form-urlencoded", "multipart/form-data")

"""The Jinja2 environment the pages render with, and the helpers templates may call."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

from limberup import __version__
from limberup.catalog.pictures import pictures_of
from limberup.domain.assessment import PROTOCOLS
from limberup.domain.assessment.wording import finding_value, plain_source
from limberup.domain.catalog_text import describe_dose, describe_equipment, span
from limberup.domain.counting import counted, in_minutes
from limberup.domain.planning.explain import finding_label
from limberup.domain.vocabulary import TestId
from limberup.entrypoints.web.offline import THEME_COLOUR, app_version

TEMPLATES_DIR = Path(__file__).parent.parent / "templates"


def label(value: object) -> str:
    """An id as words: ``hip_flexors`` -> ``hip flexors``."""
    return str(getattr(value, "value", value)).replace("_", " ")


def protocol_title(test: TestId) -> str:
    """A test's title inside a sentence: ``slr`` -> ``straight-leg raise``."""
    title = PROTOCOLS[test].title
    return title[:1].lower() + title[1:]


def offline_version(request: Request) -> str:
    """The offline app's version this page belongs to (its service worker's, see offline.py)."""
    return app_version(request.app.state.settings.release)


templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.auto_reload = False  # shipped with the package: no need to stat each on every use
templates.env.globals.update(
    version=__version__,
    offline_version=offline_version,
    theme_colour=THEME_COLOUR,
    describe_dose=describe_dose,
    describe_equipment=describe_equipment,
    pictures_of=pictures_of,
    span=span,
)
templates.env.filters["label"] = label
templates.env.filters["finding"] = finding_label
templates.env.filters["test_title"] = protocol_title
templates.env.globals["finding_value"] = finding_value
templates.env.filters["plain_source"] = plain_source
templates.env.filters["minutes"] = in_minutes
templates.env.globals["counted"] = counted

"""Every text a user sees, by where it comes from: what the own-words check reads.

- the catalogue: every text field of every drill, variant and program;
- the assessment: the protocols, the safety note, the questions, every norm's words, and every
  string literal in ``domain/assessment`` (the findings' messages are built from them);
- the plan's wording: the string literals of ``domain/planning/wording.py`` and the rest of
  the planning package, the session player's and progression's words (``domain``);
- the web templates: their literal text, with the Jinja and HTML stripped out;
- the doors' own strings: every literal in ``entrypoints`` (CLI prompts, page labels) and
  ``services``.

Each text comes as ``(place, text)``; the place says where to find it to fix it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from limberup.catalog.loader import load_catalogue
from limberup.domain.assessment import PROTOCOLS, SAFETY_NOTE, norms
from limberup.domain.assessment.norms import Norm
from limberup.domain.assessment.protocols import BEIGHTON_ITEMS_ASKED, QUESTIONNAIRE_ASKED
from tests.paths import REPO_ROOT

SRC = REPO_ROOT / "src" / "limberup"
ASSESSMENT = SRC / "domain" / "assessment"
PLAN_WORDING = SRC / "domain" / "planning" / "wording.py"
TEMPLATES = SRC / "entrypoints" / "web" / "templates"

Place = tuple[str, str]


@cache
def drill_names() -> tuple[str, ...]:
    """Names a text may use as the article does: drills, programs and the articles' titles.

    Variant names are left out: many are ordinary phrases ("across the midline").
    """
    catalogue = load_catalogue()
    names: list[str] = []
    for exercise in catalogue.exercises:
        names += [exercise.name, *exercise.aliases, exercise.source.title]
    names += [program.name for program in catalogue.programs]
    return tuple(names)


def catalogue_texts() -> Iterator[Place]:
    catalogue = load_catalogue()
    for exercise in catalogue.exercises:
        for field in ("steps", "cues", "cautions", "notes", "intensify", "ease"):
            for text in getattr(exercise, field):
                yield f"catalog/exercises/{exercise.id}.toml {field}", text
        for variant in exercise.variants:
            for field in ("steps", "cues"):
                where = f"catalog/exercises/{exercise.id}.toml variants.{variant.id}.{field}"
                for text in getattr(variant, field):
                    yield where, text
        for entry in exercise.ours:
            yield f"catalog/exercises/{exercise.id}.toml ours.{entry.field}", entry.reason
    for program in catalogue.programs:
        where = f"catalog/programs/{program.id}.toml"
        yield f"{where} summary", program.summary
        yield f"{where} timing", program.timing
        for text in (*program.progression, program.retest or ""):
            yield f"{where} progression/retest", text
        for step in program.steps:
            yield f"{where} steps.{step.exercise_id}", step.note or ""


def string_literals(path: Path) -> Iterator[Place]:
    """Every string literal of a module but its docstrings; an f-string's literal parts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and id(node) not in docstrings and " " in text:
            yield f"{path.relative_to(REPO_ROOT)}:{node.lineno}", text


def assessment_texts() -> Iterator[Place]:
    yield "assessment SAFETY_NOTE", SAFETY_NOTE
    for protocol in PROTOCOLS.values():
        where = f"assessment protocol {protocol.test.value}"
        for text in (protocol.title, protocol.why, *protocol.equipment, *protocol.steps):
            yield where, text
        for text in protocol.record:
            yield f"{where} record", text
    for key, question in {**BEIGHTON_ITEMS_ASKED, **QUESTIONNAIRE_ASKED}.items():
        yield f"assessment question {key}", question
    for name, norm in vars(norms).items():
        if isinstance(norm, Norm):
            yield f"assessment norm {name}", f"{norm.what}. {norm.note}"
    for module in sorted(ASSESSMENT.glob("*.py")):
        yield from string_literals(module)


def planning_texts() -> Iterator[Place]:
    yield from string_literals(PLAN_WORDING)
    for module in sorted((SRC / "domain").rglob("*.py")):
        if module != PLAN_WORDING and ASSESSMENT not in module.parents:
            yield from string_literals(module)


def interface_texts() -> Iterator[Place]:
    for package in ("entrypoints", "services"):
        for module in sorted((SRC / package).rglob("*.py")):
            yield from string_literals(module)


_NOT_TEXT = re.compile(
    r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}|<script.*?</script>|<style.*?</style>|<[^>]+>", re.DOTALL
)


def template_texts() -> Iterator[Place]:
    """Each template's literal text: the runs of words between Jinja tags and HTML tags."""
    for path in sorted(TEMPLATES.rglob("*.html")):
        raw = path.read_text(encoding="utf-8")
        for chunk in _NOT_TEXT.split(raw):
            text = " ".join(chunk.split())
            if " " in text:
                yield str(path.relative_to(REPO_ROOT)), text


def all_texts() -> Iterator[Place]:
    yield from catalogue_texts()
    yield from assessment_texts()
    yield from planning_texts()
    yield from template_texts()
    yield from interface_texts()

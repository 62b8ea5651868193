"""The README to a new runner: two commands to start, one to have ``limberup`` everywhere."""

from __future__ import annotations

import re

from tests.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def test_the_quick_start_is_exactly_two_commands() -> None:
    (block,) = re.findall(r"```sh\n(.*?)```", _section("Quick start"), flags=re.DOTALL)
    commands = [line.split("#")[0].strip() for line in block.splitlines()]
    assert [c for c in commands if c] == ["make serve", "make test"]


def test_the_readme_says_how_to_put_limberup_on_the_path() -> None:
    usage = _section("Using it")
    assert "uv tool install --compile-bytecode ." in usage
    assert "pipx install ." in usage
    assert "PATH" in usage

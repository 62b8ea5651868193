"""LimberUp: a mobility coach for runners and walkers.

Assess range of motion per side, prescribe a weekly plan around the runner's own runs,
guide each session, retest weekly and adapt. See ``docs/architecture.md`` for the layers.
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # Read on first use: the package metadata costs a quick command (``limberup today``)
    # a noticeable share of its start-up.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("limberup")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"

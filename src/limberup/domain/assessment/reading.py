"""A reading: one side of one test, judged against its norm, before it becomes a finding.

Each test module turns a side's input into a :class:`Reading`; evaluation turns readings into
findings and compares the two sides, and the retest compares readings over time by their
:class:`Scale`.
"""

from __future__ import annotations

from dataclasses import dataclass

from limberup.domain.assessment.results import Finding, Value, make_finding
from limberup.domain.vocabulary import Side, Status, TestId


@dataclass(frozen=True)
class Scale:
    """How a reading is compared with another one of the same test.

    Attributes:
        kind: what ``measure`` counts (``cm``, ``deg``, ``score``, ``standards``, ``feel``,
            ``doorway``); only readings of the same kind are compared by number.
        measure: the figure, higher is better.
        smallest_real_change: the least change that is more than measurement error, or None
            where no source gives one (then only a change of status counts).
        passes_from: the norm in the same unit as ``measure``, where the reading is judged by
            a number; with ``smallest_real_change`` it tells a clear pass from one inside
            measurement error.
    """

    kind: str
    measure: float
    smallest_real_change: float | None
    passes_from: float | None = None

    @property
    def shortfall(self) -> float | None:
        """How far short of the norm, in smallest real changes (0 when it passes); None
        where the reading has no norm or no smallest real change to count in."""
        if self.passes_from is None or not self.smallest_real_change:
            return None
        return max(0.0, (self.passes_from - self.measure) / self.smallest_real_change)

    @property
    def clear_pass(self) -> bool:
        """Passed by at least the smallest real change: not a pass by measurement error."""
        if self.passes_from is None or self.smallest_real_change is None:
            return False
        return self.measure - self.passes_from >= self.smallest_real_change


@dataclass(frozen=True)
class Reading:
    """One side of one test, judged.

    Attributes:
        status: ``normal``, ``limited`` or ``painful``.
        scale: how to compare this reading with a later one, if at all.
        fms: the FMS active straight-leg-raise score, where the reading yields one.
    """

    test: TestId
    side: Side
    status: Status
    value: Value
    unit: str | None
    norm: str
    source: str
    message: str
    scale: Scale | None = None
    fms: int | None = None

    def finding(self) -> Finding:
        """This reading as a finding."""
        return make_finding(
            self.test,
            self.side,
            self.status,
            value=self.value,
            unit=self.unit,
            norm=self.norm,
            source=self.source,
            message=self.message,
        )

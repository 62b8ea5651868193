"""A mixed-integer program as plain data, and the port a solver plugs into.

The planner states its model here; ``adapters.solver`` hands it to HiGHS. Keeping the model
as data lets tests inspect it and lets the domain stay free of any solver library.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


@dataclass(slots=True)
class IntegerProgram:
    """Maximise ``objective · x`` subject to ``lower <= A x <= upper`` and variable bounds.

    Rows are sparse: each is a mapping from variable index to coefficient.
    """

    objective: list[float] = field(default_factory=list)
    var_lower: list[float] = field(default_factory=list)
    var_upper: list[float] = field(default_factory=list)
    integer: list[bool] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    rows: list[dict[int, float]] = field(default_factory=list)
    row_lower: list[float] = field(default_factory=list)
    row_upper: list[float] = field(default_factory=list)

    @property
    def variable_count(self) -> int:
        return len(self.objective)

    def add_variable(
        self, name: str, *, gain: float = 0.0, upper: float = 1.0, integer: bool = True
    ) -> int:
        """Add a variable bounded by ``[0, upper]`` and return its index."""
        self.objective.append(gain)
        self.var_lower.append(0.0)
        self.var_upper.append(upper)
        self.integer.append(integer)
        self.names.append(name)
        return len(self.objective) - 1

    def add_row(
        self,
        coefficients: dict[int, float],
        *,
        lower: float = -float("inf"),
        upper: float = float("inf"),
    ) -> None:
        self.rows.append(coefficients)
        self.row_lower.append(lower)
        self.row_upper.append(upper)

    def value_of(self, values: Sequence[float]) -> float:
        return sum(gain * value for gain, value in zip(self.objective, values, strict=True))


class SolveStatus(StrEnum):
    OPTIMAL = "optimal"
    """The solver proved no better solution exists."""
    FEASIBLE = "feasible"
    """A solution that keeps every constraint, without a proof that it is the best."""
    INFEASIBLE = "infeasible"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Solution:
    status: SolveStatus
    values: tuple[float, ...] = ()
    objective: float = 0.0
    detail: str = ""


class Solver(Protocol):
    """Anything that can maximise an :class:`IntegerProgram` (HiGHS in production)."""

    def solve(self, program: IntegerProgram, *, time_limit_s: float) -> Solution: ...

"""Solve the domain's integer programs with HiGHS (``highspy``)."""

from __future__ import annotations

import highspy
import numpy as np

from limberup.domain.planning.integer_program import IntegerProgram, Solution, SolveStatus

_STATUS = {
    highspy.HighsModelStatus.kOptimal: SolveStatus.OPTIMAL,
    highspy.HighsModelStatus.kInfeasible: SolveStatus.INFEASIBLE,
}


class HighsSolver:
    """Exact MILP solving: gaps are set to zero so that ``OPTIMAL`` means proven optimal.

    HiGHS stops by default within a 0.01 % relative gap; with rule gains of 1e5 that could
    hide a whole finding-day, so both gap tolerances are tightened below our smallest weight.
    """

    def __init__(self, *, threads: int = 1) -> None:
        self._threads = threads

    def solve(self, program: IntegerProgram, *, time_limit_s: float = 10.0) -> Solution:
        highs = highspy.Highs()  # type: ignore[no-untyped-call]  # highspy ships partial stubs
        for option, value in (
            ("output_flag", False),
            ("threads", self._threads),
            ("time_limit", float(time_limit_s)),
            ("mip_rel_gap", 0.0),
            ("mip_abs_gap", 1e-6),
        ):
            highs.setOptionValue(option, value)
        if program.variable_count == 0:
            return Solution(SolveStatus.OPTIMAL, (), 0.0)
        highs.passModel(_as_lp(program))
        highs.run()
        model_status = highs.getModelStatus()
        status = _STATUS.get(model_status)
        values = tuple(float(v) for v in highs.getSolution().col_value)
        if status is None:
            # Stopped early (time limit): a solution that keeps the constraints, unproven.
            feasible = bool(values) and highs.getInfo().primal_solution_status == 2
            status = SolveStatus.FEASIBLE if feasible else SolveStatus.FAILED
        if status in (SolveStatus.INFEASIBLE, SolveStatus.FAILED):
            return Solution(status, detail=highs.modelStatusToString(model_status))
        return Solution(
            status,
            values,
            program.value_of(values),
            detail=highs.modelStatusToString(model_status),
        )


def _as_lp(program: IntegerProgram) -> highspy.HighsLp:
    lp = highspy.HighsLp()
    lp.num_col_ = program.variable_count
    lp.num_row_ = len(program.rows)
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.col_cost_ = np.asarray(program.objective, dtype=float)
    lp.col_lower_ = np.asarray(program.var_lower, dtype=float)
    lp.col_upper_ = np.asarray(program.var_upper, dtype=float)
    lp.row_lower_ = np.asarray(program.row_lower, dtype=float)
    lp.row_upper_ = np.asarray(program.row_upper, dtype=float)
    starts = [0]
    indices: list[int] = []
    coefficients: list[float] = []
    for row in program.rows:
        indices.extend(row)
        coefficients.extend(row.values())
        starts.append(len(indices))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.asarray(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.asarray(indices, dtype=np.int32)
    lp.a_matrix_.value_ = np.asarray(coefficients, dtype=float)
    lp.integrality_ = [
        highspy.HighsVarType.kInteger if integer else highspy.HighsVarType.kContinuous
        for integer in program.integer
    ]
    return lp

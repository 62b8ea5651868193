"""Mathematical solvers behind the domain's ``Solver`` port."""

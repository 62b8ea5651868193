"""Planning a runner's week, from profile and findings to a readable plan.

The modules, in the order a week is made:

- ``week``: the profile, the findings the planner reads, and the week plan's shape;
- ``candidates``: the sessions of the week and the drills the hard rules allow in each;
- ``score``: what makes one week better than another (the objective, stated once);
- ``model`` and ``integer_program``: that objective and the tying rules as an integer program,
  solved behind the :class:`~limberup.domain.planning.integer_program.Solver` port;
- ``placer``: the one greedy placer that fills an optimal week, or builds one without the solver;
- ``explain``: the order of a session and the reason for each drill;
- ``planner``: :func:`~limberup.domain.planning.planner.plan_week`, which ties them together.
"""

"""How long end-to-end tests wait, at most, for a process that is alive and working.

A busy machine makes a start or an answer slower; a test should then be slower, not red. So
waits end early on progress (the expected output, the ready line) or on the process stopping,
and the ceiling is only there so that a hung process cannot hold a test run for ever.
"""

WAIT_CEILING_S = 600.0

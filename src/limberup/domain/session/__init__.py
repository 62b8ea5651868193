"""A session as it is played: its timed steps, and the player that walks through them.

- ``timeline``: a session as a timed sequence of steps (the plan's minutes come from it);
- ``player``: the player's state machine (pause, next, back) and the one rule for what a
  finished, partly done or skipped drill is. The terminal uses it; the web player mirrors it.
"""

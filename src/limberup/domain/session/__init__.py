"""A session as it is played: its timed steps, and the player that walks through them.

- ``timeline``: a session as a timed sequence of steps (the plan's minutes come from it);
- ``player``: the player's state machine (pause, next, back, skip a drill) and its tallies;
- ``outcome``: the one rule for what a played drill was (done, partial or skipped) and the log
  a player stores for it;
- ``playthrough``: a session being played, and which drill logs each move calls for.

The terminal plays through these; the web player's ``static/js/player/`` mirrors them
(``timeline.js``, ``outcome.js``), and ``tests/data/player_scripts.json`` checks both store
the same logs.
"""

"""What the runner looks back on: each test per side over time, sessions kept and streaks."""

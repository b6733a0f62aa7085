"""Interview sessions: scenario generation, the session state machine and their APIs."""

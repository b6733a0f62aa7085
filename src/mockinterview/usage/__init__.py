"""AI usage and cost tracking: every generation and analysis call, offline or LLM."""

"""Progress over time and comparisons with peers (UC-080, UC-085)."""

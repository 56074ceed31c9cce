"""Provides the reusable widgets: navigation bar, progress panel, charts, summary table."""

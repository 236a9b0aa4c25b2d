"""Margin's window: Qt widgets only; all analysis goes through ``tasks.run_task``."""

"""Margin: a desktop reader for articles."""

__version__ = "0.1.0"

"""Margin's window: Qt widgets only; work runs through ``tasks.TaskRunner`` and the library
through ``library_owner.LibraryOwner`` (the rules are in ``tasks.py``)."""

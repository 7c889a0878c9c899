"""Dialogs; each offers `ask(cls, parent, …) -> value | None` so tests can drive or replace it."""

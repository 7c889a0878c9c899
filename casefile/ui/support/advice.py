"""The store's messages as a GUI user reads them: a whole sentence naming the file, and
no advice to run a command in a terminal (the CLI prints the same messages as they are)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from casefile.ui.support.translation import arg

# "run 'casefile check' on it, and restore it…" -> "restore it…"
_COMMAND_THEN = re.compile(r"(?<=: )run '(?:casefile|cf) [\w-]+'(?: on it)?,? and ")
# "…can be read, run 'casefile check', and restore…" -> "…can be read, and restore…"
_COMMAND_BETWEEN = re.compile(r" run '(?:casefile|cf) [\w-]+'(?: on it)?,")
# "…instead of one: run 'casefile check'" -> "…instead of one: restore it from a copy"
_COMMAND_ALONE = re.compile(r"run '(?:casefile|cf) [\w-]+'(?: on it)?")


def without_commands(message: str) -> str:
    """The message with its advice to run a casefile command taken out."""
    text = _COMMAND_THEN.sub("", message)
    text = _COMMAND_BETWEEN.sub("", text)
    instead = QCoreApplication.translate("Advice", "restore it from a copy")
    return _COMMAND_ALONE.sub(lambda _match: instead, text)


def capitalised(text: str) -> str:
    """The store's lower-case message as it starts a line on screen ("Title must…"),
    by the language's rules (Azerbaijani "i" is "İ" in capitals)."""
    return QLocale().toUpper(text[:1]) + text[1:]


def sentence(text: str) -> str:
    """Capitalised, with a full stop."""
    text = capitalised(text)
    return text if text.endswith((".", "!", "?")) else text + "."


def about_file(name: str, message: str) -> str:
    """A message about a file ("is damaged: restore it from a copy") as a sentence
    naming it: "“case.casefile” is damaged: restore it from a copy."."""
    # %1: the file's name, %2: what is wrong with it ("is damaged: restore it from a copy")
    named = QCoreApplication.translate("Advice", "“%1” %2")
    return sentence(arg(named, name, without_commands(message)))

"""The texts of a list that name its kind of item, each a whole sentence in the user's
language: a noun put into an English sentence takes the wrong case or gender in
Azerbaijani, Russian and Ukrainian, so every list gives its own (casefile.ui.views
damage, notes, parties, meetings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListWords:
    """What a list of one kind says, already translated (`self.tr` in the list's class,
    where lupdate finds the strings). Its counts, which need the number, are the list's
    own methods (ItemListPane.count_text)."""

    #: Edit > Add and the Add button: "Add damage item"
    add: str
    #: the filter field's placeholder: "Filter damage items…"
    filter: str
    #: the form's place when nothing is selected and nothing can be added
    pick: str
    #: the same where the user may add; %1 is the shortcut
    pick_or_add: str
    #: the title of a new item, which its user edits at once
    new_title: str
    #: a heading and the stem of a file name: "Damage items"
    heading: str

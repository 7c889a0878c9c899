"""The PySide6 desktop app: a thin client of casefile.store and casefile.brief.

A folder per role, so a newcomer finds a thing by what it is:

- `app.py`: start-up. Builds the QApplication, the settings and the main window, and
  runs the event loop (`casefile` and `casefile open PATH` land here).
- `window/`: the main window (menus, shortcuts, status bar), the welcome screen, the
  workspace of an open case (navigator and pages) and the Find panel.
- `case/`: the open case as the GUI holds it. `session.CaseSession` is the one path for
  writes (widget -> CaseSession method -> CaseFile API -> undo command ->
  `case_changed`), and undoes and redoes them; `opening` opens and creates case files;
  `backlinks` reads links backwards.
- `views/`: one page per part of a case (Overview, Parties, Damage, ...), each a widget
  built from the session, and the parts a page is made of (`itemlist`, `photos_*`).
  `views/__init__.py` says what every view offers (the `View` protocol) and lists the
  pages (`PAGES`), each with the loader of its view.
- `models/`: every Qt item model: thin adapters keeping ids and fetching display rows
  from the store; `table.py` is the base of the flat tables, custom roles are in
  `roles.py`.
- `editors/`: the field editors, the form and the link editors beside the tables.
- `dialogs/`: dialogs, each with `ask(cls, parent, ...) -> value | None`.
- `tasks/`: work off the GUI thread (brief export, file check, attaching files), with
  their progress dialogs.
- `support/`: small shared helpers: messages as a GUI user reads them, the red error
  line, formatting, column sizing, work after the first paint, and the settings (the
  user's preferences in the settings file the CLI reads too, recent files in
  QSettings).
- `screenshots.py`: `python -m casefile.ui.screenshots DIR` writes a PNG of every view.

The ui never runs SQL: it reaches the case only through `casefile.store`'s public API.
"""

"""The PySide6 desktop app: a thin client of casefile.store and casefile.brief."""

"""The main window and what fills it: the welcome screen, the workspace of an open case, Find."""

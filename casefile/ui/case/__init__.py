"""The open case as the GUI holds it: opening it, the session edits go through, backlinks."""

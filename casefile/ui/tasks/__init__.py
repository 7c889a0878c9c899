"""Work off the GUI thread: exporting a brief, checking the file, attaching many files."""

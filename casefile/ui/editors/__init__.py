"""The editors beside the tables: field editors, the form, and link editors."""

"""Qt item models over the CaseFile API: thin adapters keeping ids, fetching rows on demand."""

"""Benchmarks against their floors: `make bench` (python -m bench). Not part of `make test`."""

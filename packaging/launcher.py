"""The bundle's entry point: the same command line as the `casefile` console script."""

from casefile.cli import run

run()

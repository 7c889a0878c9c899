"""The collector is paused only for start-up, and always comes back."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

from casefile import startup


def test_end_without_begin_leaves_the_collector_alone() -> None:
    assert gc.isenabled()
    startup.end()
    assert gc.isenabled()


def test_a_command_runs_with_the_collector_back_on(demo_path) -> None:
    """`casefile info` through the console script's own entry, in a fresh process."""
    code = textwrap.dedent(
        """
        import gc, sys
        import casefile.cli as cli
        seen = []
        real = cli.cmd_info
        def spy(args):
            seen.append(gc.isenabled())
            return real(args)
        cli.COMMANDS["info"] = spy
        sys.argv = ["casefile", "info", sys.argv[1]]
        try:
            cli.run()
        finally:
            print("enabled while running:", seen, file=sys.stderr)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "enabled while running: [True]" in result.stderr
    assert "Republic of Azerbaijan in Kyiv" in result.stdout

"""The command line: `claims.cli.root` holds the group and the exit codes; one module per command
group, each a thin adapter over a library function that imports heavy libraries only when run."""

from claims.cli.root import cli, main

__all__ = ["cli", "main"]

"""The ``statements`` command line: the composition root.

Each command lives in its own module under ``search/commands`` and is imported only when it
runs, so ``statements search`` never pays for the crawler's parsing stack. Every
:class:`~crawler.errors.StatementsError` becomes one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

import click

from crawler.errors import StatementsError

__all__ = ["default_index_dir", "echo_error", "main"]

#: command name -> "module:function"; modules are imported on first use.
COMMANDS: dict[str, str] = {
    "crawl": "search.commands.crawl:crawl",
    "extract": "search.commands.extract:extract",
    "index": "search.commands.index:index",
    "parse": "search.commands.parse:parse",
    "search": "search.commands.search:search",
    "speakers": "search.commands.speakers:speakers",
    "stats": "search.commands.stats:stats",
}

COMMAND_HELP: dict[str, str] = {
    "crawl": "Fetch pages politely from URLs, sites, feeds or sitemaps and index them.",
    "extract": "Print the statements found in files, without indexing them.",
    "index": "Add files, folders, archives or statement dumps to the index.",
    "parse": "Print the article parsed from each page (title, date, outlet, body).",
    "search": "Search the indexed statements.",
    "speakers": "List speakers, show one, or import a list of politicians.",
    "stats": "Show what the index holds.",
}


def default_index_dir() -> Path:
    """``$STATEMENTS_INDEX`` if set, else the per-user data directory."""
    env = os.environ.get("STATEMENTS_INDEX")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("statements")) / "index"


class LazyGroup(click.Group):
    """A click group whose commands are imported when they are invoked or asked for help."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMAND_HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StatementsError as error:
            echo_error(str(error))
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted; what was already indexed is kept", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # `statements search ... | head`: the reader left; exit quietly.
            sys.stderr.close()
            ctx.exit(0)
        except OSError as error:
            echo_error(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
            ctx.exit(1)

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, **extra: Any
    ) -> Any:
        """Run the CLI; click's own usage errors become one ``error:`` line too."""
        standalone = extra.pop("standalone_mode", True)
        try:
            result = super().main(args, prog_name, standalone_mode=False, **extra)
        except click.UsageError as error:
            where = error.ctx.command_path if error.ctx else "statements"
            echo_error(f"{error.format_message()} (see `{where} --help`)")
            sys.exit(error.exit_code)
        except click.ClickException as error:
            echo_error(error.format_message())
            sys.exit(error.exit_code)
        except click.Abort:
            echo_error("aborted; what was already indexed is kept")
            sys.exit(1)
        if not standalone:
            return result
        sys.exit(result if isinstance(result, int) else 0)


def echo_error(message: str) -> None:
    """One line on stderr, whatever the message holds (a file name with a newline, say)."""
    one_line = message.replace("\r", "\\r").replace("\n", "\\n")
    click.echo(f"error: {one_line}", err=True)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--index",
    "index_dir",
    type=click.Path(),
    default=None,
    help="Index directory [default: $STATEMENTS_INDEX, else the per-user data directory].",
)
@click.version_option(package_name="statements")
@click.pass_context
def main(ctx: click.Context, index_dir: str | None) -> None:
    """statements: a full-text search engine for political statements."""
    if index_dir is not None and not index_dir.strip():
        raise click.BadParameter("is empty; give the index directory", param_hint="'--index'")
    ctx.obj = Path(index_dir) if index_dir is not None else default_index_dir()

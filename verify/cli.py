"""verify's command line: thin wrappers over the library functions.

Exit codes: 0 done; 1 an error (bad rules, unreadable corpus, unusable --out), with one clear line
and no traceback; 2 bad command-line usage; 3 the run finished but some inputs were skipped (pass
--keep-going to exit 0 anyway); 4 ``verify check`` found claims that are contradicted or unsupported;
130 interrupted (Ctrl-C). Anything unexpected is caught last and printed as one line,
"internal error: ..., please report it"; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import RuleError, VerifyError
from .models import VERDICTS
from .progress import Progress
from .rules import MIN_DOCUMENT_MB, RuleSet, dump_rules, load_rules, schema_json
from .text.escape import escape_terminal

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED, EXIT_CHECK_FAILED = 0, 1, 2, 3, 4


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _debug_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a subcommand's default must not overwrite ``verify --debug COMMAND``
    parser.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="on an internal error, print the traceback too"
    )


def _max_document_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-document-mb",
        type=float,
        default=None,
        metavar="MB",
        help="skip documents larger than this (default: limits.max_document_mb in the rules, 50)",
    )


def _with_flags(rules: RuleSet, args: argparse.Namespace) -> RuleSet:
    """The rules with the command line's overrides of the size policy."""
    mb = getattr(args, "max_document_mb", None)
    if mb is None:
        return rules
    if not (math.isfinite(mb) and mb >= MIN_DOCUMENT_MB):
        raise VerifyError(f"--max-document-mb must be a number of at least {MIN_DOCUMENT_MB}, got {mb:g}")
    return rules.with_limits(max_document_mb=mb)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (tests walk it to check that each has help and an example)."""
    parser = argparse.ArgumentParser(
        prog="verify",
        formatter_class=_Formatter,
        description="Cross-verify news sources: extract claims, cluster them into events, apply YAML rules.",
        epilog="example:\n  verify run seeds --out reports/\n  verify rules check rules/",
    )
    parser.add_argument("--version", action="version", version=f"verify {__version__}")
    parser.add_argument(
        "--debug", action="store_true", default=False, help="on an internal error, print the traceback too"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run",
        formatter_class=_Formatter,
        help="verify a corpus and write the discrepancy report",
        description="Read a folder or files of articles (.txt, .md, .jsonl), extract claims, cluster them "
        "into events, apply the rules and write report.json, report.md, report.html, "
        "claims.csv and findings.csv.",
        epilog="example:\n  verify run seeds\n  verify run corpus/ news.jsonl --out /tmp/report --rules newsroom-rules/"
        "\n  verify run big.jsonl --processes 2\n  verify run big.jsonl --engine dask --scheduler tcp://10.0.0.5:8786",
    )
    _debug_flag(run)
    run.add_argument("corpus", nargs="+", help="folders or files to read")
    run.add_argument("--out", default="reports", help="folder for the reports (default: reports/)")
    run.add_argument(
        "--rules",
        default=None,
        help="a folder (or file) of YAML rules applied over the shipped defaults (verify rules show)",
    )
    run.add_argument("--keep-going", action="store_true", help="exit 0 even when some inputs were skipped")
    _max_document_flag(run)
    run.add_argument("--quiet", action="store_true", help="print nothing but errors (no progress bars)")
    run.add_argument(
        "--processes",
        type=int,
        default=None,
        metavar="N",
        help="worker processes that parse and extract (default: the rules' nlp.n_process); "
        "with --engine dask, the LocalCluster's workers (default: one per core)",
    )
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine (default); dask: extract on a Dask cluster, same report",
    )
    run.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask, an existing scheduler (tcp://HOST:8786) instead of a LocalCluster",
    )

    draft_check = commands.add_parser(
        "check",
        formatter_class=_Formatter,
        help="check a draft's figures, names, dates and quotes against the sources",
        description="Extract the claims of a draft (.txt, .md or .html), match them to what the corpus says and give "
        "each a verdict: supported, contradicted, more_precise, spelling_differs, outdated, altered_quote "
        "or unsupported. Writes check.json, check.md and check.html. Exit code 4 when any claim is "
        "contradicted or unsupported, 0 otherwise.",
        epilog="example:\n  verify check draft.md --against seeds --out /tmp/chk\n"
        "  verify check draft.html --against reports/report.json",
    )
    _debug_flag(draft_check)
    draft_check.add_argument("draft", help="the draft to check (.txt, .md or .html)")
    draft_check.add_argument(
        "--against",
        nargs="+",
        required=True,
        metavar="CORPUS",
        help="folders/files of articles, or a saved report.json (or the folder holding it)",
    )
    draft_check.add_argument("--out", default="reports", help="folder for check.json/.md/.html (default: reports/)")
    draft_check.add_argument(
        "--rules",
        default=None,
        help="a folder (or file) of YAML rules applied over the shipped defaults (verify rules show)",
    )
    draft_check.add_argument("--quiet", action="store_true", help="print nothing but errors")
    _max_document_flag(draft_check)

    graph = commands.add_parser(
        "graph",
        formatter_class=_Formatter,
        help="export a report's documents, events and entities as GraphML",
        description="Read a saved report.json and write the graph of its documents, events and entities as "
        "GraphML (nodes with their labels and counts; edges: a document reports an event, an entity "
        "is named in an event, a document is a copy of another). Gephi and yEd open it.",
        epilog="example:\n  verify graph reports/report.json reports/report.graphml\n  verify graph reports/ /tmp/events.graphml",
    )
    graph.add_argument("report", help="a report.json written by `verify run`, or the folder holding it")
    graph.add_argument("out", help="the GraphML file to write")

    rules = commands.add_parser(
        "rules",
        formatter_class=_Formatter,
        help="check or show the rule set",
        description="Validate rule files, print the effective merged rule set, or print the JSON Schema of a rule file.",
        epilog="example:\n  verify rules check my-rules/\n  verify rules show --rules my-rules/\n"
        "  verify rules schema > verify-rules.schema.json",
    )
    rules_commands = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    check = rules_commands.add_parser(
        "check",
        formatter_class=_Formatter,
        help="validate the shipped rules plus DIR without running",
        description="Validate the default rules and the overrides in DIR; print every problem with file and line.",
        epilog="example:\n  verify rules check newsroom-rules/",
    )
    _debug_flag(check)
    check.add_argument("dir", nargs="?", default=None, help="a folder (or file) of override rules")
    show = rules_commands.add_parser(
        "show",
        formatter_class=_Formatter,
        help="print the effective merged rule set as YAML",
        description="Print the rule set verify would use, after merging the overrides.",
        epilog="example:\n  verify rules show --rules newsroom-rules/",
    )
    _debug_flag(show)
    show.add_argument("--rules", default=None, help="a folder (or file) of override rules")
    rules_commands.add_parser(
        "schema",
        formatter_class=_Formatter,
        help="print the JSON Schema of the rules (for editors' autocompletion)",
        description="Print the JSON Schema of the rule set: point your editor's YAML support at it to complete and "
        "check rule files as you type.",
        epilog="example:\n  verify rules schema > verify-rules.schema.json",
    )
    return parser


def _summary(result, seconds: float) -> str:
    report = result.report
    s = report["summary"]
    verdicts = " · ".join(f"{v} {s['findings'].get(v, 0)}" for v in VERDICTS)
    lines = [
        f"verify: read {s['documents']} document{'s' if s['documents'] != 1 else ''}"
        f" ({s['skipped']} skipped) in {seconds:.1f} s",
        f"  claims    {s['claims']}",
        f"  events    {s['events']}",
        f"  entities  {s['entities']}",
        f"  findings  {verdicts}",
    ]
    # paths, reasons and warnings come from the input: shown with any control character escaped
    for skipped in report["skipped"]:
        lines.append(f"  skipped   {escape_terminal(skipped['path'])}: {escape_terminal(skipped['reason'])}")
    for warning in getattr(result.corpus, "warnings", ()):
        lines.append(f"  warning   {escape_terminal(warning.path)}: {escape_terminal(warning.reason)}")
    if result.written:
        folder = result.written[0].parent
        lines.append(
            f"  wrote     {escape_terminal(folder)}/: "
            + ", ".join(p.name for p in result.written if p.suffix != ".png")
        )
    return "\n".join(lines)


def _cmd_run(args: argparse.Namespace) -> int:
    from .run import run

    rules = _with_flags(load_rules(args.rules), args)  # validated before any document is read
    started = time.perf_counter()
    if args.scheduler is not None and args.engine != "dask":
        raise VerifyError("--scheduler needs --engine dask", hint="add --engine dask, or drop --scheduler")
    if args.processes is not None and args.processes < 1:
        raise VerifyError(f"--processes must be 1 or more, got {args.processes}")
    result = run(
        args.corpus,
        rules,
        out=args.out,
        processes=args.processes,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=Progress(enabled=not args.quiet),
    )
    if not args.quiet:
        print(_summary(result, time.perf_counter() - started))
    if result.report["skipped"] and not args.keep_going:
        if not args.quiet:
            print(
                f"verify: {len(result.report['skipped'])} input(s) skipped (exit code {EXIT_SKIPPED}; "
                f"--keep-going to exit 0)",
                file=sys.stderr,
            )
        return EXIT_SKIPPED
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .check import run_check
    from .check.render import render_check_terminal

    rules = _with_flags(load_rules(args.rules), args)
    started = time.perf_counter()
    check, written = run_check(args.draft, args.against, rules, out=args.out)
    if not args.quiet:
        print(render_check_terminal(check, time.perf_counter() - started, written))
    if check["summary"]["failed"]:
        if not args.quiet:
            print(
                f"verify check: some claims are contradicted or unsupported (exit code {EXIT_CHECK_FAILED})",
                file=sys.stderr,
            )
        return EXIT_CHECK_FAILED
    return EXIT_OK


def _cmd_graph(args: argparse.Namespace) -> int:
    from .check.reference import read_saved_report
    from .report.graph import report_graph, write_graphml

    source = Path(args.report)
    report = read_saved_report(source / "report.json" if source.is_dir() else source)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise VerifyError(
            f"{out}: the folder {out.parent} does not exist", hint="create it first, or pick another path"
        )
    try:
        write_graphml(report, out)
    except OSError as exc:
        raise VerifyError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    graph = report_graph(report)
    print(f"verify graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {out}")
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.rules_command == "check":
        rules = load_rules(args.dir)
        off = len(rules.rules) - len(rules.active)
        print(
            f"rules ok: {len(rules.active)} rules{f' ({off} turned off)' if off else ''} from {', '.join(rules.files)}"
        )
        return EXIT_OK
    if args.rules_command == "show":
        print(dump_rules(load_rules(args.rules)), end="")
        return EXIT_OK
    if args.rules_command == "schema":
        print(schema_json(), end="")
        return EXIT_OK
    parser.parse_args(["rules", "--help"])
    return EXIT_USAGE


def _say(message: str, hint: str | None = None) -> None:
    """An error on stderr: each line with its control characters shown (messages quote paths and
    input), then the hint."""
    for line in message.split("\n"):
        print(escape_terminal(line), file=sys.stderr)
    if hint:
        print(f"hint: {escape_terminal(hint)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            return _cmd_run(args)
        if args.command == "rules":
            return _cmd_rules(args, parser)
        if args.command == "check":
            return _cmd_check(args)
        if args.command == "graph":
            return _cmd_graph(args)
        parser.print_help()
        return EXIT_USAGE
    except RuleError as exc:
        _say(f"verify: {exc}", exc.hint)
        return EXIT_ERROR
    except VerifyError as exc:
        _say(f"verify: error: {exc}", exc.hint)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("verify: interrupted; earlier reports were left as they were", file=sys.stderr)
        return 130
    except MemoryError:
        _say("verify: error: out of memory", "lower limits.batch_chars or --max-document-mb, or split the corpus")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, never a traceback by default
        if getattr(args, "debug", False):
            traceback.print_exc()
        message = " ".join(str(exc).split())
        message = message if len(message) <= 300 else message[:299] + "…"
        _say(
            f"verify: internal error: {type(exc).__name__}: {message}{_raised_at(exc)}, please report it",
            None if getattr(args, "debug", False) else "rerun with --debug for the traceback",
        )
        return EXIT_ERROR


def _raised_at(exc: BaseException) -> str:
    """`` (at module.py:LINE)``: the innermost frame of the traceback, for a bug report."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return ""
    return f" (at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno})"


if __name__ == "__main__":
    sys.exit(main())

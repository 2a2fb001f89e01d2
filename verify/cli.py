"""verify's command line: thin wrappers over the library functions.

Exit codes: 0 done; 1 an error (bad rules, unreadable corpus, unusable --out), with one clear line
and no traceback; 2 bad command-line usage; 3 the run finished but some inputs were skipped (pass
--keep-going to exit 0 anyway); 4 ``verify check`` found claims that are contradicted or unsupported.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import RuleError, VerifyError
from .models import VERDICTS
from .rules import dump_rules, load_rules

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED, EXIT_CHECK_FAILED = 0, 1, 2, 3, 4


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verify", formatter_class=_Formatter,
        description="Cross-verify news sources: extract claims, cluster them into events, apply YAML rules.",
        epilog="example:\n  verify run seeds --out reports/\n  verify rules check rules/",
    )
    parser.add_argument("--version", action="version", version=f"verify {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run", formatter_class=_Formatter, help="verify a corpus and write the discrepancy report",
        description="Read a folder or files of articles (.txt, .md, .jsonl), extract claims, cluster them "
                    "into events, apply the rules and write report.json, report.md, report.html, "
                    "claims.csv and findings.csv.",
        epilog="example:\n  verify run seeds\n  verify run corpus/ news.jsonl --out /tmp/report --rules newsroom-rules/",
    )
    run.add_argument("corpus", nargs="+", help="folders or files to read")
    run.add_argument("--out", default="reports", help="folder for the reports (default: reports/)")
    run.add_argument("--rules", default=None, help="a folder (or file) of YAML rules applied over rules/default.yaml")
    run.add_argument("--keep-going", action="store_true", help="exit 0 even when some inputs were skipped")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")

    rules = commands.add_parser(
        "rules", formatter_class=_Formatter, help="check or show the rule set",
        description="Validate rule files, or print the effective merged rule set.",
        epilog="example:\n  verify rules check my-rules/\n  verify rules show --rules my-rules/",
    )
    rules_commands = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    check = rules_commands.add_parser(
        "check", formatter_class=_Formatter, help="validate rules/default.yaml plus DIR without running",
        description="Validate the default rules and the overrides in DIR; print every problem with file and line.",
        epilog="example:\n  verify rules check newsroom-rules/",
    )
    check.add_argument("dir", nargs="?", default=None, help="a folder (or file) of override rules")
    show = rules_commands.add_parser(
        "show", formatter_class=_Formatter, help="print the effective merged rule set as YAML",
        description="Print the rule set verify would use, after merging the overrides.",
        epilog="example:\n  verify rules show --rules newsroom-rules/",
    )
    show.add_argument("--rules", default=None, help="a folder (or file) of override rules")
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
    for skipped in report["skipped"]:
        lines.append(f"  skipped   {skipped['path']}: {skipped['reason']}")
    for warning in getattr(result.corpus, "warnings", ()):
        lines.append(f"  warning   {warning.path}: {warning.reason}")
    if result.written:
        folder = result.written[0].parent
        lines.append(f"  wrote     {folder}/: " + ", ".join(p.name for p in result.written if p.suffix != ".png"))
    return "\n".join(lines)


def _cmd_run(args: argparse.Namespace) -> int:
    from .pipeline import run

    rules = load_rules(args.rules)          # validated before any document is read
    started = time.perf_counter()
    result = run(args.corpus, rules, out=args.out)
    if not args.quiet:
        print(_summary(result, time.perf_counter() - started))
    if result.report["skipped"] and not args.keep_going:
        if not args.quiet:
            print(f"verify: {len(result.report['skipped'])} input(s) skipped (exit code {EXIT_SKIPPED}; "
                  f"--keep-going to exit 0)", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.rules_command == "check":
        rules = load_rules(args.dir)
        print(f"rules ok: {len(rules.rules)} rules from {', '.join(rules.files)}")
        return EXIT_OK
    if args.rules_command == "show":
        print(dump_rules(load_rules(args.rules)), end="")
        return EXIT_OK
    parser.parse_args(["rules", "--help"])
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            return _cmd_run(args)
        if args.command == "rules":
            return _cmd_rules(args, parser)
        parser.print_help()
        return EXIT_USAGE
    except RuleError as exc:
        print(f"verify: {exc}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return EXIT_ERROR
    except VerifyError as exc:
        print(f"verify: error: {exc}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("verify: interrupted; earlier reports were left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

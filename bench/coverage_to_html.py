"""The coverage stories' articles as simple web pages, and whether the pages give the same claims.

    /work/venv/bin/python bench/coverage_to_html.py                       # write + compare, all stories
    /work/venv/bin/python bench/coverage_to_html.py --out /tmp/pages --no-compare

Each ``articles/*.md`` of ../shared/data/coverage/*/ becomes ``OUT/<story>/<stem>.html`` (OUT
defaults to a folder under the system's temporary directory, never inside the repository): the
front matter goes into the page's head (``<title>``, og:title, og:site_name, the canonical link,
article:published_time when the file has ``published``), the body into an ``<article>`` between a
navigation bar and a footer — no dateline, byline or date line is added. Markdown blocks map to
HTML: ``#`` headings, ``-``/``1.`` lists, ``>`` quotations, a ``[Photo ...]``/``[Image ...]`` line
to a ``<figure>`` whose ``<figcaption>`` holds the line, every other block to a ``<p>`` (a line break
inside a block to ``<br>``); ``**bold**`` and ``[text](url)`` to ``<strong>`` and ``<a>``.

verify reads a .md file's body verbatim, markup characters included ("# " before a headline, "- "
before a list item), and those characters change how spaCy reads the line; a page shows none of
them. So each article's page is compared twice: with the .md as verify reads it, and with the .md
as its page shows it (``plain_text``) — the second isolates what reading HTML changes.

Then both versions of each story are read with ``load_corpus``, their claims extracted, and the
claims of each article compared as (kind, attribute, text, value): it prints, per story, the
articles whose claims are identical and every claim only one version has, and the metadata
(title, source, published) that differs.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
COVERAGE = Path(os.environ.get("VERIFY_SHARED", ROOT.parent / "shared")) / "data" / "coverage"

from verify.ingest import split_front_matter  # noqa: E402

_FIGURE = re.compile(r"\[(?:Photo|Image)\b.*\]")
_ORDERED = re.compile(r"\d+\.\s")


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
    return re.sub(
        r"\[([^\]]+)\]\(([^)\s]+)\)", lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', escaped
    )


def _plain(text: str) -> str:
    """What a browser shows of a line's inline Markdown: no ** and no link targets."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    return re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r"\1", text)


def blocks(body: str) -> list[tuple[str, list[str]]]:
    """The Markdown body as (kind, lines) blocks: h1..h6, ul, ol, quote, figure, p."""
    found = []
    for block in (b.strip("\n") for b in re.split(r"\n\s*\n", body) if b.strip()):
        lines = block.split("\n")
        heading = re.match(r"(#{1,6})\s+(.*)", block)
        if heading and len(lines) == 1:
            found.append((f"h{len(heading.group(1))}", [heading.group(2)]))
        elif all(re.match(r"[-*]\s", line) for line in lines):
            found.append(("ul", [line[2:] for line in lines]))
        elif all(_ORDERED.match(line) for line in lines):
            found.append(("ol", [_ORDERED.sub("", line, count=1) for line in lines]))
        elif all(line.startswith(">") for line in lines):
            found.append(("quote", [line.lstrip(">").strip() for line in lines]))
        elif len(lines) == 1 and _FIGURE.fullmatch(block):
            found.append(("figure", lines))
        else:
            found.append(("p", lines))
    return found


def _html_block(kind: str, lines: list[str]) -> str:
    if kind.startswith("h"):
        return f"<{kind}>{_inline(lines[0])}</{kind}>"
    if kind in ("ul", "ol"):
        return f"<{kind}>" + "".join(f"<li>{_inline(line)}</li>" for line in lines) + f"</{kind}>"
    joined = "<br>\n".join(_inline(line) for line in lines)
    if kind == "quote":
        return f"<blockquote><p>{joined}</p></blockquote>"
    if kind == "figure":
        return f'<figure><img src="photo.jpg" alt=""><figcaption>{joined}</figcaption></figure>'
    return f"<p>{joined}</p>"


def plain_text(body: str) -> str:
    """The Markdown body as its page shows it: markup characters gone, runs of spaces collapsed (as
    a browser shows them), one blank line between blocks."""
    shown = ("\n".join(" ".join(_plain(line).split()) for line in lines) for _, lines in blocks(body))
    return "\n\n".join(text for text in shown if text)


def markdown_page(text: str) -> str:
    """A simple HTML page for one article (.md text with front matter)."""
    meta, body = split_front_matter(text, [])
    head = ['<meta charset="utf-8">']
    title, source = meta.get("title"), meta.get("source")
    if title:
        head.append(f"<title>{html.escape(title)}{' | ' + html.escape(source) if source else ''}</title>")
        head.append(f'<meta property="og:title" content="{html.escape(title)}">')
    if source:
        head.append(f'<meta property="og:site_name" content="{html.escape(source)}">')
    if meta.get("url"):
        head.append(f'<link rel="canonical" href="{html.escape(meta["url"] or "")}">')
    if meta.get("published"):
        head.append(f'<meta property="article:published_time" content="{meta["published"]}">')
    article = "\n".join(_html_block(kind, lines) for kind, lines in blocks(body))
    nav = (
        '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a> '
        '<a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>'
    )
    footer = f"<footer><p>&copy; {html.escape(source or 'The publisher')}. All rights reserved.</p></footer>"
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n{chr(10).join(head)}\n</head>\n<body>\n{nav}\n'
        f"<main><article>\n{article}\n</article></main>\n{footer}\n</body>\n</html>\n"
    )


def write_pages(articles: Path, out: Path) -> list[Path]:
    """Every .md of ``articles`` as ``out/<stem>.html``; returns the pages written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for md in sorted(articles.glob("*.md")):
        page = out / f"{md.stem}.html"
        page.write_text(markdown_page(md.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(page)
    return written


def claim_keys(documents, nlp, rules) -> dict[str, Counter]:
    """Per document id, the multiset of its claims as (kind, attribute, text, value)."""
    from verify.extract import extract_claims

    keys: dict[str, Counter] = {d.id: Counter() for d in documents}
    for claim in extract_claims(documents, nlp, rules):
        keys[claim.doc][(claim.kind, claim.attribute, claim.text, json.dumps(claim.value, sort_keys=True))] += 1
    return keys


def compare(md_folder: Path, html_folder: Path, nlp, rules) -> dict:
    """Claims and metadata of the Markdown and the HTML version of each article, compared.

    ``identical``/``differs``: the .md as verify reads it (markup characters and all) against the
    page; ``plain_identical``/``plain_differs``: the .md as its page shows it (``plain_text``)
    against the page, which isolates what the HTML reading itself changes.
    """
    from dataclasses import replace

    from verify.ingest import load_corpus

    md_corpus, html_corpus = load_corpus([md_folder]), load_corpus([html_folder])
    md_docs = {d.id: d for d in md_corpus.documents}
    html_docs = {d.id: d for d in html_corpus.documents}
    plain_docs = [replace(d, text=plain_text(d.text)) for d in md_corpus.documents]
    md_keys, html_keys = claim_keys(md_corpus.documents, nlp, rules), claim_keys(html_corpus.documents, nlp, rules)
    plain_keys = claim_keys(plain_docs, nlp, rules)
    result: dict = {
        "articles": len(md_docs),
        "html_read": len(html_docs),
        "skipped": html_corpus.skipped,
        "identical": [],
        "differs": {},
        "plain_identical": [],
        "plain_differs": {},
        "meta": {},
        "claims_md": 0,
        "claims_html": 0,
    }
    for doc_id, md_doc in md_docs.items():
        theirs = html_keys.get(doc_id, Counter())
        result["claims_md"] += sum(md_keys[doc_id].values())
        result["claims_html"] += sum(theirs.values())
        for mine, same, differs in (
            (md_keys[doc_id], "identical", "differs"),
            (plain_keys[doc_id], "plain_identical", "plain_differs"),
        ):
            if mine == theirs:
                result[same].append(doc_id)
            else:
                result[differs][doc_id] = (sorted((mine - theirs).elements()), sorted((theirs - mine).elements()))
        html_doc = html_docs.get(doc_id)
        for field in ("title", "source", "published"):
            a, b = getattr(md_doc, field), getattr(html_doc, field) if html_doc else None
            if a != b:
                result["meta"].setdefault(doc_id, []).append(f"{field}: md {a!r}, html {b!r}")
    return result


def _print(story: str, result: dict) -> None:
    n, same, plain = result["articles"], len(result["identical"]), len(result["plain_identical"])
    print(
        f"{story}: {n} articles, {result['html_read']} pages read; claims md {result['claims_md']}, "
        f"html {result['claims_html']}; identical claims in {same}/{n} articles "
        f"({plain}/{n} against the .md as its page shows it)"
    )
    for skipped in result["skipped"]:
        print(f"    skipped {skipped.path}: {skipped.reason}")
    for label, differs in (("md", result["differs"]), ("shown md", result["plain_differs"])):
        for doc_id, (only_md, only_html) in differs.items():
            print(f"    {doc_id}: {len(only_md)} claim(s) only in {label}, {len(only_html)} only in html")
            for kind, attribute, text, value in only_md[:3]:
                print(f"        {label:8} {kind}/{attribute} {text!r} {value[:100]}")
            for kind, attribute, text, value in only_html[:3]:
                print(f"        {'html':8} {kind}/{attribute} {text!r} {value[:100]}")
    for doc_id, lines in result["meta"].items():
        for line in lines:
            print(f"    {doc_id} {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--coverage", type=Path, default=COVERAGE, help="folder of stories (default %(default)s)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "verify-coverage-html",
        help="where the pages go, outside the repository (default %(default)s)",
    )
    parser.add_argument("--no-compare", action="store_true", help="write the pages only")
    args = parser.parse_args()
    if args.out.resolve().is_relative_to(ROOT):
        parser.error(f"--out {args.out} is inside the repository; the pages are not to be committed")
    stories = sorted(p.parent for p in args.coverage.glob("*/articles"))
    if not stories:
        parser.error(f"no */articles folder in {args.coverage}")
    for story in stories:
        pages = write_pages(story / "articles", args.out / story.name)
        print(f"wrote {len(pages)} pages to {args.out / story.name}")
    if args.no_compare:
        return
    from verify.extract import load_nlp
    from verify.rules import load_rules

    rules = load_rules()
    nlp = load_nlp(rules.nlp.model)
    totals = Counter()
    for story in stories:
        result = compare(story / "articles", args.out / story.name, nlp, rules)
        _print(story.name, result)
        totals.update(
            articles=result["articles"],
            identical=len(result["identical"]),
            plain=len(result["plain_identical"]),
            claims_md=result["claims_md"],
            claims_html=result["claims_html"],
        )
    print(
        f"all stories: identical claims in {totals['identical']}/{totals['articles']} articles against the .md "
        f"as verify reads it, {totals['plain']}/{totals['articles']} against the .md as its page shows it; "
        f"claims md {totals['claims_md']}, html {totals['claims_html']}"
    )


if __name__ == "__main__":
    main()

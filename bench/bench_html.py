"""Main-text extraction from web pages, measured: the old tag stripper against trafilatura and verify's reader.

    /work/venv/bin/python bench/bench_html.py                  # extraction table + archive memory
    /work/venv/bin/python bench/bench_html.py --no-archive     # the extraction table only
    /work/venv/bin/python bench/bench_html.py --pages 200,800  # archive sizes (pages) to stream
    /work/venv/bin/python bench/bench_html.py --demo /tmp/web-demo   # the README's example folder

Part 1 reads the pages of bench/pages/ (news pages written for this bench: navigation, cookie
banners, ads, related stories, comment sections, newsletter boxes, photo captions, datelines,
"Updated" lines, JSON-LD and OpenGraph metadata; a 2009 table-layout page; a section front with no
article) with each extractor and prints, against bench/pages/gold.yaml: the share of the article's
snippets kept (body), the share kept in reading order, the share of boilerplate snippets kept, and
milliseconds per page (the median of --repeat rounds after a warm-up, the extractors taking turns). For verify's reader it also prints
the metadata fields that match the gold, and the time split into text and metadata.

Part 2 writes web archives of N pages each (the bench pages with their figures varied, each page
followed by a 1 MiB image record, a request record and a redirect, like a crawl), reads each in a
fresh process with ``load_corpus`` and prints the archive's size, the documents read, the time and
the process's peak resident memory beside that of a process that only imports verify.ingest: the
archive is streamed, so the peak does not grow with the archive's size.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "bench" / "pages"
MIB = 1024**2


def _extractors() -> dict[str, Callable[[str], str]]:
    import trafilatura

    from verify.ingest import html_to_text
    from verify.ingest.page import read_page

    def traf(**options: object) -> Callable[[str], str]:
        return lambda html: trafilatura.extract(html, include_comments=False, **options) or ""

    def verify(html: str) -> str:
        page = read_page(html)
        return page.text if page else ""

    return {
        "tag stripper (drafts)": lambda html: html_to_text(html)[1],
        "trafilatura default": traf(),
        "trafilatura favor_recall": traf(favor_recall=True),
        "trafilatura favor_precision": traf(favor_precision=True),
        "trafilatura fast": traf(fast=True),
        "verify read_page": verify,
    }


def _norm(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).casefold()


def _score(text: str, gold: dict) -> tuple[int, int, int]:
    """(body snippets kept, kept in reading order, boilerplate snippets kept)."""
    flat = _norm(text)
    found = [flat.find(_norm(s)) for s in gold["body"]]
    kept = [pos for pos in found if pos >= 0]
    in_order = sum(1 for i, pos in enumerate(kept) if all(pos > p for p in kept[:i]))
    boiler = sum(1 for s in gold["boilerplate"] if _norm(s) in flat)
    return len(kept), in_order, boiler


def extraction_table(repeat: int) -> None:
    gold = yaml.safe_load((PAGES / "gold.yaml").read_text(encoding="utf-8"))
    from verify.ingest.htmlfile import decode_html

    pages = {name: decode_html((PAGES / name).read_bytes())[0] for name in gold}
    n_body = sum(len(g["body"]) for g in gold.values())
    n_boiler = sum(len(g["boilerplate"]) for g in gold.values())
    print(f"Part 1: {len(pages)} pages of bench/pages/, {n_body} article snippets, {n_boiler} boilerplate snippets")
    print(f"{'extractor':30} {'body kept':>10} {'in order':>9} {'boilerplate kept':>17} {'ms/page':>8}")
    extractors = _extractors()
    for extract in extractors.values():
        for html in pages.values():
            extract(html)  # warm-up: imports, caches
    # the extractors take turns, round after round, and each is timed by its median round, so
    # that the load other processes put on a shared machine falls on all of them alike
    rounds: dict[str, list[float]] = {label: [] for label in extractors}
    for _ in range(repeat):
        for label, extract in extractors.items():
            start = time.perf_counter()
            for html in pages.values():
                extract(html)
            rounds[label].append((time.perf_counter() - start) * 1000 / len(pages))
    for label, extract in extractors.items():
        body = order = boiler = 0
        misses = []
        for name, html in pages.items():
            b, o, x = _score(extract(html), gold[name])
            body, order, boiler = body + b, order + o, boiler + x
            if b < len(gold[name]["body"]) or x:
                misses.append(f"{name} body {b}/{len(gold[name]['body'])} boilerplate {x}")
        ms = statistics.median(rounds[label])
        print(f"{label:30} {body / n_body:>10.0%} {order / n_body:>9.0%} {boiler / n_boiler:>17.0%} {ms:>8.1f}")
        if label == "verify read_page":
            for line in misses:
                print(f"    {line}")
    _metadata(pages, gold, repeat)


def _metadata(pages: dict[str, str], gold: dict, repeat: int) -> None:
    from verify.ingest.page import parse_html, read_page
    from verify.ingest.pagemeta import read_meta

    fields = ("title", "source", "published", "modified", "author", "canonical_url")
    right = total = 0
    wrong = []
    for name, html in pages.items():
        expected = gold[name]["meta"]
        page = read_page(html)
        if expected is None:
            continue
        meta = read_meta(parse_html(html), html)  # type: ignore[arg-type]
        for field in fields:
            total += 1
            got = getattr(page.meta if page else meta, field)
            if got == expected[field]:
                right += 1
            else:
                wrong.append(f"{name} {field}: {got!r} (expected {expected[field]!r})")
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for html in pages.values():
            read_meta(parse_html(html), html)  # type: ignore[arg-type]
        rounds.append((time.perf_counter() - start) * 1000 / len(pages))
    ms = statistics.median(rounds)
    print(
        f"verify metadata: {right}/{total} fields as the gold says; metadata alone {ms:.1f} ms/page "
        "(parse + trafilatura's metadata + htmldate), included in read_page's time"
    )
    for line in wrong:
        print(f"    {line}")


# --------------------------------------------------------------------------------------------
# Part 2: a large archive, streamed


def write_archive(path: Path, n_pages: int, seed: int = 7) -> None:
    """A gzipped WARC of ``n_pages`` page captures, each with an image, a request and a redirect."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    bases = [
        (PAGES / n).read_text(encoding="utf-8")
        for n in ("harbour-courier.html", "valley-gazette.html", "wire-syndicated.html", "brief.html")
    ]
    image = rng.randbytes(MIB)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(n_pages):
            html = bases[i % len(bases)].replace("12", str(rng.randint(2, 99)), 1)
            uri = f"https://news.example/story/{i}"
            req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            )
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(f"{uri}/photo.jpg", "response", payload=io.BytesIO(image), http_headers=img)
            )
            moved = StatusAndHeaders("301 Moved Permanently", [("Location", uri)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"http://news.example/story/{i}", "response", payload=io.BytesIO(b""), http_headers=moved
                )
            )


def _child(archive: str | None) -> None:
    """Runs in a fresh process: read one archive (or nothing) and print one JSON line."""
    from verify.ingest import load_corpus

    start = time.perf_counter()
    docs = skipped = 0
    if archive:
        corpus = load_corpus([archive])
        docs, skipped = len(corpus.documents), len(corpus.skipped)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"docs": docs, "skipped": skipped, "seconds": seconds, "peak": peak}))


def _measure(archive: Path | None) -> dict:
    cmd = [sys.executable, __file__, "--child", str(archive) if archive else ""]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def archive_table(sizes: list[int]) -> None:
    print("\nPart 2: gzipped WARCs read with load_corpus, each in a fresh process")
    base = _measure(None)
    print(
        f"{'pages':>6} {'records':>8} {'archive':>10} {'documents':>10} {'seconds':>8} {'ms/page':>8} {'peak RSS':>9}"
    )
    print(f"{'-':>6} {'-':>8} {'-':>10} {'-':>10} {'-':>8} {'-':>8} {base['peak'] / MIB:>7.0f} MiB  (import only)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"crawl-{n}.warc.gz"
            write_archive(path, n)
            got = _measure(path)
            print(
                f"{n:>6} {4 * n:>8} {path.stat().st_size / MIB:>6.0f} MiB {got['docs']:>10} "
                f"{got['seconds']:>8.1f} {got['seconds'] * 1000 / n:>8.1f} {got['peak'] / MIB:>7.0f} MiB"
            )
            path.unlink()


def write_demo(folder: Path) -> None:
    """The README's example corpus: one saved page and one web archive, on one story."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    saved = ROOT / "tests" / "data" / "ingest" / "web" / "relief-convoy.html"
    (folder / saved.name).write_bytes(saved.read_bytes())
    demo = PAGES / "demo"
    records = [
        (
            "https://dalmarpost.example/news/convoy-shelled-tervo",
            "200 OK",
            "text/html; charset=utf-8",
            (demo / "dalmar-post.html").read_bytes(),
            "2025-02-11T07:12:40Z",
        ),
        (
            "https://dalmarpost.example/img/road.jpg",
            "200 OK",
            "image/jpeg",
            b"\xff\xd8\xff\xe0 not a real photo",
            "2025-02-11T07:12:41Z",
        ),
        ("http://northernwire.example/tervo", "301 Moved Permanently", "text/html", b"", "2025-02-12T14:02:03Z"),
        (
            "https://northernwire.example/2025/02/12/tervo-convoy-toll",
            "200 OK",
            "text/html",
            (demo / "northern-wire.html").read_bytes(),
            "2025-02-12T14:02:05Z",
        ),
        (
            "https://northernwire.example/world",
            "200 OK",
            "text/html",
            (ROOT / "tests" / "data" / "ingest" / "web" / "index.html").read_bytes(),
            "2025-02-12T14:02:09Z",
        ),
    ]
    with (folder / "tervo-crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("tervo-crawl.warc.gz", {"software": "bench_html.py"}))
        for uri, status, content_type, body, when in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": when},
                )
            )
    print(f"wrote {folder / saved.name} and {folder / 'tervo-crawl.warc.gz'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="timed runs over the pages (default 10)")
    parser.add_argument("--pages", default="100,400", help="archive sizes in pages (default 100,400)")
    parser.add_argument("--no-archive", action="store_true", help="skip part 2")
    parser.add_argument("--demo", type=Path, help="write the README's example folder to DEMO and stop")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child or None)
        return
    if args.demo is not None:
        write_demo(args.demo)
        return
    extraction_table(args.repeat)
    if not args.no_archive:
        archive_table([int(n) for n in args.pages.split(",")])


if __name__ == "__main__":
    main()

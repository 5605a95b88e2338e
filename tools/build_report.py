"""Build the offline HTML report: every executed notebook as a page, plus an index (`make report`).

    python tools/build_report.py [--out build/report]      (or REPORT_DIR=... python tools/build_report.py)

build/report/ holds one HTML page per notebooks/executed/*.ipynb (nbconvert's lab template with images
embedded and every CDN script removed, so pages open without a network), and index.html: the notebooks
with the opening paragraph of each, the claims ledgers of both papers with agree marks, the data
provenance (taken from data/README.md and data/reference/README.md, plus a generated inventory of
data/raw/), and thumbnails of figures/*.png. Relative links in notebooks and READMEs are resolved:
to another page of the report, or to a copy of the repository file under files/.

Everything shown is read from files at build time (no typed facts), the output has no timestamps and
lists are sorted, so two builds of the same tree give identical bytes. The report is built in a
temporary sibling folder and swapped in by rename, so an interrupted build never leaves half a report.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "build" / "report"
PAPERS = ("paperA", "paperB")
CLAIM_COLUMNS = ("paper", "claim_id", "claim_zh", "claim_en", "expected", "computed", "agrees", "note")
THUMB_WIDTH = 480  # pixels

# nbconvert's lab template, minus every script it would fetch from a CDN (require.js, MathJax, mermaid,
# widget manager): the report must open offline, and a failed CDN load is a console error.
# TeX in markdown therefore stays as written ($...$).
PAGE_TEMPLATE = r"""{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_css -%}
<link rel="icon" href="data:,">
<style type="text/css">
nav.report-nav { font-family: system-ui, sans-serif; font-size: 14px; padding: 8px 16px;
  border-bottom: 1px solid #ddd; background: #f7f7f7; }
</style>
{%- endblock html_head_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="report-nav"><a href="index.html">&larr; Report index</a></nav>
{%- endblock body_header -%}
"""


# ---------------------------------------------------------------- small helpers
def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme) or url.startswith("//")


def first_heading(markdown: str) -> str | None:
    """Text of the first '#' heading of a markdown text (outside code fences)."""
    for line in _unfenced_lines(markdown):
        m = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            return m.group(1)
    return None


def _unfenced_lines(markdown: str):
    fenced = False
    for line in markdown.splitlines():
        if re.match(r"^\s{0,3}(```|~~~)", line):
            fenced = not fenced
            continue
        if not fenced:
            yield line


def first_section(markdown: str) -> str:
    """The opening of a README: text after the title up to the next level-1/2 heading; when the title is
    directly followed by a '##' heading, that first '##' section instead."""
    lines = markdown.splitlines()
    fenced = False
    heads = []  # (index, level)
    for i, line in enumerate(lines):
        if re.match(r"^\s{0,3}(```|~~~)", line):
            fenced = not fenced
        elif not fenced:
            m = re.match(r"^(#{1,2})\s", line)
            if m:
                heads.append((i, len(m.group(1))))
    start = heads[0][0] + 1 if heads and heads[0][1] == 1 and not "".join(lines[:heads[0][0]]).strip() else 0
    following = [i for i, _ in heads if i >= start]
    end = following[0] if following else len(lines)
    body = "\n".join(lines[start:end]).strip()
    if body:
        return body
    if following:  # the title is followed at once by a '##' section: take that section
        nxt = [i for i, _ in heads if i > following[0]]
        return "\n".join(lines[following[0]:nxt[0] if nxt else len(lines)]).strip()
    return ""


def intro_of_cell(markdown: str) -> tuple[str | None, str]:
    """(title, summary) of a notebook from its first markdown cell: the first heading, then the text that
    follows it up to the next heading."""
    title = None
    summary: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        if re.match(r"^\s{0,3}(```|~~~)", line):
            fenced = not fenced
        is_heading = not fenced and re.match(r"^\s{0,3}#{1,6}\s", line)
        if is_heading:
            if title is None and not "".join(summary).strip():
                title = re.sub(r"^\s{0,3}#{1,6}\s+|\s*#*\s*$", "", line)
                summary = []
                continue
            break
        summary.append(line)
    return title, "\n".join(summary).strip()


def markdown_to_html(text: str) -> str:
    import mistune

    return mistune.create_markdown(escape=True, plugins=["table", "strikethrough", "url"])(text)


# ---------------------------------------------------------------- link resolution
@dataclass
class LinkResolver:
    """Maps relative links written in a repository file to targets inside the report.

    A link to a notebook that has a page becomes that page; a link to a repository file becomes a copy of
    it under files/ (a folder: its README.md); anything that does not exist is left alone and reported."""

    root: Path
    staging: Path
    pages: dict[str, str]  # notebook stem -> page file name
    problems: list[str]

    def resolve(self, url: str, base_dirs: list[Path], where: str) -> str:
        if not url or url.startswith("#") or _is_external(url):
            return url
        parts = urlsplit(url)
        path = unquote(parts.path)
        frag = f"#{parts.fragment}" if parts.fragment else ""
        if not path or path == "index.html" or path in self.pages.values():
            return url  # already a page of the report (the navigation bar)
        for base in base_dirs:
            target = (base / path).resolve()
            if target.suffix == ".ipynb" and target.stem in self.pages:
                return self.pages[target.stem] + frag
            if target.is_dir() and (target / "README.md").is_file():
                target = target / "README.md"
            if target.is_file():
                try:
                    rel = target.relative_to(self.root.resolve())
                except ValueError:
                    continue  # outside the repository: never copied
                dest = self.staging / "files" / rel
                if not dest.exists():
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(target, dest)
                return "files/" + quote(rel.as_posix()) + frag
        self.problems.append(f"{where}: link {url!r} does not resolve to a file of the repository")
        return url

    def rewrite_html(self, markup: str, base_dirs: list[Path], where: str) -> str:
        """Rewrite href/src attributes of a rendered HTML fragment or page."""
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(markup, "html.parser")
        changed = False
        for tag, attr in (("a", "href"), ("img", "src")):
            for el in soup.find_all(tag):
                value = el.get(attr)
                if not value or value.startswith("data:"):
                    continue
                new = self.resolve(value, base_dirs, where)
                if new != value:
                    el[attr] = new
                    changed = True
        if not changed:
            return markup
        out = str(soup)
        if markup.lstrip().lower().startswith("<!doctype") and not out.lstrip().lower().startswith("<!doctype"):
            out = "<!DOCTYPE html>\n" + out
        return out


# ---------------------------------------------------------------- notebooks
@dataclass
class NotebookPage:
    stem: str
    page: str
    title: str
    summary_html: str


def executed_notebooks(root: Path) -> list[Path]:
    return sorted(p for p in (root / "notebooks" / "executed").glob("*.ipynb") if not p.name.startswith("."))


def page_exporter():
    """nbconvert's HTML exporter with the offline page template (made once per build: it is slow to set up)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", extra_loaders=[DictLoader({"report_page.html.j2": PAGE_TEMPLATE})],
                            embed_images=True)
    exporter.template_file = "report_page.html.j2"
    return exporter


def render_notebook(path: Path, root: Path, exporter=None) -> str:
    """One executed notebook as a self-contained HTML page (images embedded, no CDN scripts)."""
    import nbformat

    exporter = exporter or page_exporter()
    nb = nbformat.read(path, as_version=4)
    resources = {"metadata": {"name": path.stem, "path": str(root / "notebooks")}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def notebook_intro(path: Path) -> tuple[str, str]:
    """(title, summary markdown) from the notebook's first markdown cell."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.strip():
            title, summary = intro_of_cell(cell.source)
            return title or path.stem, summary
    return path.stem, ""


# ---------------------------------------------------------------- claims, provenance, figures
def read_claims(path: Path) -> list[dict[str, str]] | None:
    if not path.is_file():
        return None
    with open(path, newline="", encoding="utf-8") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


def agree_mark(value: str | None) -> tuple[str, str]:
    """(symbol, css class) of a ledger's `agrees` cell."""
    v = (value or "").strip().lower()
    if v in ("true", "1", "yes", "y", "✓"):
        return "✓", "ok"
    if v in ("false", "0", "no", "n", "✗"):
        return "✗", "bad"
    return "–", "na"


EVIDENCE_ORDER = ("independent", "by construction", "compendium's reading")


def evidence_tally(rows: list[dict[str, str]], marks: list[str]) -> str:
    """The headline of a ledger with an evidence column: counts by evidence level, so agreement by construction
    cannot be read as independent agreement."""
    parts = []
    for level in EVIDENCE_ORDER:
        mine = [m for r, m in zip(rows, marks) if r.get("evidence") == level]
        if not mine:
            parts.append(f"0 {level}")
            continue
        detail = f"{mine.count('✓')} agree, {mine.count('✗')} do not" + (
            f", {mine.count('–')} not testable" if mine.count("–") else "")
        parts.append(f"{len(mine)} {level} ({detail})")
    text = f"{len(rows)} claims checked: " + "; ".join(parts) + "."
    if rows and all(r.get("evidence") == "by construction" for r in rows):
        text += " Every check is by construction: the data were made to fit the paper, so agreement is not evidence."
    sources = sorted({r["data_source"] for r in rows if r.get("data_source")})
    if sources:
        text += f" Data: {', '.join(sources)}."
    return text


def claims_section(root: Path) -> str:
    out = ["<section id='claims'><h2>Claims ledgers / 论断核对</h2>",
           "<p>Each claim of a paper is checked against the value computed by the notebooks "
           "(✓ agrees, ✗ differs, – not evaluated).</p>"]
    for paper in PAPERS:
        rel = f"data/derived/{paper}/claims.csv"
        rows = read_claims(root / rel)
        out.append(f"<h3 id='claims-{paper}'>{esc(paper)} <small><code>{esc(rel)}</code></small></h3>")
        if rows is None:
            out.append(f"<p class='missing'>Not yet produced: <code>{esc(rel)}</code> does not exist (run <code>make</code>).</p>")
            continue
        marks = [agree_mark(r.get("agrees"))[0] for r in rows]
        if rows and "evidence" in rows[0]:
            out.append(f"<p class='tally'>{esc(evidence_tally(rows, marks))}</p>")
        else:
            out.append(f"<p class='tally'>{marks.count('✓')} of {len(rows)} claims agree; {marks.count('✗')} differ; "
                       f"{marks.count('–')} not evaluated.</p>")
        missing_cols = [c for c in CLAIM_COLUMNS if rows and c not in rows[0]]
        if missing_cols:
            out.append(f"<p class='missing'>Columns missing from the ledger: {esc(', '.join(missing_cols))}</p>")
        ev = bool(rows) and "evidence" in rows[0]
        out.append("<table class='claims'><thead><tr><th>id</th><th>claim</th><th>expected</th><th>computed</th>"
                   "<th>agrees</th>" + ("<th>evidence</th>" if ev else "") + "<th>note</th></tr></thead><tbody>")
        for r in rows:
            sym, cls = agree_mark(r.get("agrees"))
            claim = esc(r.get("claim_zh", ""))
            if r.get("claim_en"):
                claim += f"<br><span class='en'>{esc(r['claim_en'])}</span>"
            out.append(f"<tr><td>{esc(r.get('claim_id'))}</td><td>{claim}</td><td>{esc(r.get('expected'))}</td>"
                       f"<td>{esc(r.get('computed'))}</td><td class='{cls}'>{sym}</td>"
                       + (f"<td>{esc(r.get('evidence'))}</td>" if ev else "") + f"<td>{esc(r.get('note'))}</td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "\n".join(out)


def _csv_rows(path: Path) -> int | None:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return max(sum(1 for _ in csv.reader(fh)) - 1, 0)
    except (UnicodeDecodeError, csv.Error):
        return None


def provenance_section(root: Path, links: LinkResolver) -> str:
    out = ["<section id='provenance'><h2>Data provenance / 数据来源</h2>"]
    for rel in ("data/README.md", "data/reference/README.md"):
        path = root / rel
        if not path.is_file():
            out.append(f"<p class='missing'><code>{esc(rel)}</code>: not yet written.</p>")
            continue
        text = path.read_text(encoding="utf-8")
        heading = first_heading(text) or rel
        body = markdown_to_html(first_section(text))
        body = links.rewrite_html(body, [path.parent], rel)
        href = links.resolve(rel, [root], "index")
        out.append(f"<h3><a href='{esc(href)}'>{esc(heading)}</a> <small><code>{esc(rel)}</code></small></h3>")
        out.append(f"<div class='md'>{body}</div>")
    raw = sorted(p for p in (root / "data" / "raw").glob("*") if p.is_file() and not p.name.startswith("."))
    out.append("<h3>Inputs in <code>data/raw/</code> (read-only for the pipeline)</h3>")
    if not raw:
        out.append("<p class='missing'>No raw input files yet.</p>")
    else:
        out.append("<table class='inventory'><thead><tr><th>file</th><th>data rows</th><th>bytes</th>"
                   "<th>sha256 (first 12)</th></tr></thead><tbody>")
        for p in raw:
            rel = p.relative_to(root).as_posix()
            href = links.resolve(rel, [root], "index")
            rows = _csv_rows(p) if p.suffix == ".csv" else None
            digest = hashlib.sha256(p.read_bytes()).hexdigest()[:12]
            out.append(f"<tr><td><a href='{esc(href)}'>{esc(p.name)}</a></td><td>{'' if rows is None else rows}</td>"
                       f"<td>{p.stat().st_size}</td><td><code>{digest}</code></td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "\n".join(out)


def thumbnail(src: Path, dest: Path, width: int = THUMB_WIDTH) -> None:
    """Downscaled PNG copy of a figure (Pillow, no metadata, so the bytes depend on the image only)."""
    from PIL import Image

    with Image.open(src) as im:
        im = im.convert("RGBA") if im.mode not in ("RGB", "RGBA") else im.copy()
    if im.width > width:
        im = im.resize((width, max(1, round(im.height * width / im.width))), Image.LANCZOS)
    dest.parent.mkdir(parents=True, exist_ok=True)
    im.save(dest, format="PNG", optimize=False)


def figures_section(root: Path, staging: Path) -> str:
    figs = sorted((root / "figures").glob("*.png"))
    out = ["<section id='figures'><h2>Figures / 图</h2>"]
    if not figs:
        out.append("<p class='missing'>No figures yet in <code>figures/</code> (run <code>make</code>).</p>")
    else:
        out.append("<p>Thumbnails of <code>figures/*.png</code>; click for the full image (300 dpi).</p><div class='thumbs'>")
        for f in figs:
            full = staging / "figures" / f.name
            full.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, full)
            thumbnail(f, staging / "figures" / "thumbs" / f.name)
            name = quote(f.name)
            out.append(f"<figure><a href='figures/{name}'><img src='figures/thumbs/{name}' alt='{esc(f.stem)}' "
                       f"loading='eager'></a><figcaption>{esc(f.name)}</figcaption></figure>")
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


INDEX_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
  "Microsoft YaHei", sans-serif; max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; color: #222;
  line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: 4px; margin-top: 1.8em; }
small code, small { color: #666; font-weight: normal; font-size: 0.8em; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.92em; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.ok { color: #0a7d32; font-weight: bold; text-align: center; }
td.bad { color: #c0392b; font-weight: bold; text-align: center; }
td.na { color: #888; text-align: center; }
.en { color: #555; }
.missing { color: #8a5a00; background: #fff7e0; padding: 4px 8px; }
.notebook { margin-bottom: 1.2em; }
.notebook h3 { margin-bottom: 0.2em; }
.thumbs { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; width: 320px; }
figure img { width: 320px; max-height: 360px; object-fit: contain; object-position: left top;
  border: 1px solid #ddd; background: #fff; }
figcaption { font-size: 0.85em; color: #555; word-break: break-all; }
.md table { font-size: 0.85em; }
"""


def notebooks_section(pages: list[NotebookPage], pending: list[str]) -> str:
    out = ["<section id='notebooks'><h2>Notebooks / 笔记本</h2>"]
    if not pages:
        out.append("<p class='missing'>No executed notebooks yet in <code>notebooks/executed/</code> (run <code>make</code>).</p>")
    for p in pages:
        out.append(f"<div class='notebook'><h3><a href='{esc(p.page)}'>{esc(p.title)}</a> "
                   f"<small><code>{esc(p.stem)}.ipynb</code></small></h3>{p.summary_html}</div>")
    if pending:
        out.append("<p class='missing'>Not yet executed (no copy in <code>notebooks/executed/</code>): "
                   + ", ".join(f"<code>{esc(s)}</code>" for s in pending) + ".</p>")
    out.append("</section>")
    return "\n".join(out)


def project_title(root: Path) -> str:
    readme = root / "README.md"
    if readme.is_file():
        title = first_heading(readme.read_text(encoding="utf-8"))
        if title:
            return title
    return root.name


def render_index(root: Path, staging: Path, pages: list[NotebookPage], links: LinkResolver) -> str:
    title = project_title(root)
    sources = sorted(p.stem for p in (root / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    done = {p.stem for p in pages}
    pending = [s for s in sources if s not in done]
    toc = ("<nav><a href='#notebooks'>Notebooks</a> · <a href='#claims'>Claims ledgers</a> · "
           "<a href='#provenance'>Data provenance</a> · <a href='#figures'>Figures</a></nav>")
    parts = [
        "<!DOCTYPE html>",
        "<html lang='en'>",
        "<head>",
        "<meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1.0'>",
        f"<title>Report — {esc(title)}</title>",
        "<link rel='icon' href='data:,'>",
        f"<style>{INDEX_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>Report / 报告 — {esc(title)}</h1>",
        "<p>Built by <code>make report</code> from the executed notebooks and the files of the repository; "
        "opens offline.</p>",
        toc,
        notebooks_section(pages, pending),
        claims_section(root),
        provenance_section(root, links),
        figures_section(root, staging),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- build
def _build_into(staging: Path, root: Path) -> list[str]:
    notebooks = executed_notebooks(root)
    page_of = {p.stem: f"{p.stem}.html" for p in notebooks}
    links = LinkResolver(root=root, staging=staging, pages=page_of, problems=[])
    pages = []
    nb_dirs = [root / "notebooks", root / "notebooks" / "executed"]
    exporter = page_exporter() if notebooks else None
    for path in notebooks:
        body = render_notebook(path, root, exporter)
        body = links.rewrite_html(body, nb_dirs, f"notebooks/executed/{path.name}")
        (staging / page_of[path.stem]).write_text(body, encoding="utf-8")
        title, summary = notebook_intro(path)
        summary_html = links.rewrite_html(markdown_to_html(summary), nb_dirs, f"{path.name} (first cell)")
        pages.append(NotebookPage(stem=path.stem, page=page_of[path.stem], title=title, summary_html=summary_html))
    index = render_index(root, staging, pages, links)
    (staging / "index.html").write_text(index, encoding="utf-8")
    return links.problems


def build_report(out_dir: Path | str | None = None, root: Path | str = ROOT, quiet: bool = False) -> Path:
    """Build the report for the project at `root` into `out_dir` (default build/report) atomically.

    Returns the folder. Unresolvable relative links are printed as warnings (the browser test fails on them)."""
    root = Path(root).resolve()
    out = Path(out_dir if out_dir is not None else os.environ.get("REPORT_DIR") or root / "build" / "report").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        problems = _build_into(staging, root)
        for d in [staging, *sorted(p for p in staging.rglob("*") if p.is_dir())]:
            os.chmod(d, 0o755)
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
        os.rename(staging, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if not quiet:
        for p in problems:
            print(f"warning: {p}", file=sys.stderr)
        n = len(list(out.glob("*.html"))) - 1
        print(f"==> report: {n} notebook page(s) and index in {out} (open {out / 'index.html'})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=None, help="output folder (default: $REPORT_DIR or build/report)")
    ap.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    build_report(args.out, root=args.root)
    return 0


if __name__ == "__main__":
    sys.exit(main())

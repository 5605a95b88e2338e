"""Rewrite the table of README.md's '## Figure index' section from figures/index.csv (written by 04_figures).

    python tools/readme_figure_index.py          # rewrite the table
    python tools/readme_figure_index.py --check  # exit 1 when the README's table differs from the index
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = "| figure | caption · 图注 | made by |\n|---|---|---|\n"


def table(index: Path = ROOT / "figures" / "index.csv") -> str:
    rows = list(csv.DictReader(index.open(encoding="utf-8")))
    out = HEADER
    for r in rows:
        checked = " (redraw from the derived tables checked by `04_figures`)" if r["redrawn_here"] == "True" else ""
        out += (f'| <img src="{r["stem"]}.png" width="220"><br>`{r["figure"]}` | {r["caption_en"]}<br>'
                f'{r["caption_zh"]} | `{r["made_by"]}`{checked} |\n')
    return out


def rewrite(readme: str, new_table: str) -> str:
    section = re.search(r"^## Figure index.*?(?=^## )", readme, flags=re.S | re.M)
    if not section:
        raise SystemExit("error: README.md has no '## Figure index' section")
    body = section.group(0)
    start = body.index(HEADER)
    end = body.index("\n\n", start) + 1 if "\n\n" in body[start:] else len(body)
    return readme[:section.start()] + body[:start] + new_table + body[end:] + readme[section.end():]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    new = rewrite(text, table())
    if args.check:
        if new != text:
            print("error: README.md's figure index differs from figures/index.csv; run tools/readme_figure_index.py",
                  file=sys.stderr)
            return 1
        return 0
    path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

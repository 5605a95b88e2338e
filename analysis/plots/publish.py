"""Notebook 04's last step for each figure: an English redraw must equal the owner notebook's committed file byte
for byte (a figure follows from the derived tables alone); other formats and Chinese variants are written."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..paths import FIGURES, ROOT, relative
from .style import figure_bytes, save_figure


class RedrawMismatch(RuntimeError):
    """A redraw from data/derived differs from the figure its owner notebook wrote."""


def publish(fig, name: str, *, formats: Sequence[str], lang: str, owner: str, figures: Path = FIGURES,
            zh_dir: Path | None = None, other_dir: Path | None = None) -> list[str]:
    """English (`lang` 'en'): check PNG / SVG against figures/<name>.<fmt> (written by `owner`); other formats go to
    build/figures/ (not committed). Chinese: save <zh_dir>/<name>_zh.<fmt>. Returns what was checked or written."""
    zh_dir = figures / "zh" if zh_dir is None else zh_dir
    other_dir = ROOT / "build" / "figures" if other_dir is None else other_dir
    done = []
    for fmt in formats:
        if lang == "en" and fmt in ("png", "svg"):
            owned = figures / f"{name}.{fmt}"
            if not owned.exists():
                raise FileNotFoundError(f"{relative(owned)} is missing; it is written by {owner} (run `make`)")
            if figure_bytes(fig, fmt) != owned.read_bytes():
                raise RedrawMismatch(f"the redraw of {name} from data/derived differs from {relative(owned)} written "
                                     f"by {owner}: " + (_chinese_run(owned, owner) or
                                                        "the figure does not follow from the derived tables alone"))
            done.append(f"checked {relative(owned)}")
        else:
            folder, suffix = (zh_dir, "_zh") if lang == "zh" else (other_dir, "")
            done += [f"wrote {relative(p)}" for p in save_figure(fig, folder / f"{name}{suffix}", formats=(fmt,))]
    return done


def _chinese_run(owned: Path, owner: str) -> str:
    """Why an English figure differs from its redraw when its owner last ran with lang = "zh", or '': that run wrote
    the Chinese variant beside it (<name>_zh, newer) and left the English file from an earlier run, drawn from other
    data when the case file or a parameter changed (a holder's `make P_02_case_calibration="-p case_file
    paperA_cases.csv -p lang zh"`). The mismatch then said 'the figure does not follow from the derived tables
    alone', blaming the figure, not the stale file."""
    variant = owned.with_name(f"{owned.stem}_zh{owned.suffix}")
    if not variant.exists() or variant.stat().st_mtime_ns <= owned.stat().st_mtime_ns:
        return ""
    return (f"{owner}'s last run drew Chinese labels (lang = 'zh'; it wrote {relative(variant)}) and left "
            f"{relative(owned)} from an earlier run, which may show other data: run {owner} again without -p lang zh "
            "(lang = 'en', its default) to redraw the English figures from the derived tables, then with it for the "
            "Chinese ones")

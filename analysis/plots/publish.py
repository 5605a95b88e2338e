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
                                     f"by {owner}: the figure does not follow from the derived tables alone")
            done.append(f"checked {relative(owned)}")
        else:
            folder, suffix = (zh_dir, "_zh") if lang == "zh" else (other_dir, "")
            done += [f"wrote {relative(p)}" for p in save_figure(fig, folder / f"{name}{suffix}", formats=(fmt,))]
    return done

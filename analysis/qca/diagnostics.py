"""Case-oriented diagnostics of a QCA result (Schneider & Rohlfing 2013, 2016; Schneider 2024; SetMethods).

Case typology for sufficiency, X = membership in the solution (or a term), Y = outcome:
  typical                  X > 0.5, Y > 0.5 and X <= Y
  deviant consistency      X > 0.5, Y < 0.5 (deviant in kind)
  deviant coverage         X < 0.5, Y > 0.5
  individually irrelevant  X < 0.5, Y < 0.5
(`case_types` gives the plain four-way split; smmr-style typologies refine it in `smmr`.)
"""
from __future__ import annotations

import numpy as np

__all__ = ["case_types"]


def case_types(x, y) -> list[str]:
    """Four-way case type of every case for X sufficient for Y ('' when X or Y is exactly 0.5)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    out = []
    for a, b in zip(x, y):
        if a == 0.5 or b == 0.5:
            out.append("")
        elif a > 0.5:
            out.append("typical" if b > 0.5 else "deviant consistency")
        else:
            out.append("deviant coverage" if b > 0.5 else "individually irrelevant")
    return out

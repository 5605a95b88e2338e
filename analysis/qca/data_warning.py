"""QCAWarning, the engine's warning for legal but suspicious input, and how it prints: one line, 'QCAWarning: <message>',
whichever module issued it (the hook is installed once per process, when this module is first imported).
"""
from __future__ import annotations

import warnings


class QCAWarning(UserWarning):
    """Something legal but suspicious in QCA input (a constant condition, memberships of exactly 0.5)."""


def _format_warning(message, category, filename, lineno, line=None):
    """A QCAWarning formatted as one line, 'QCAWarning: <message>', with no file, line number or source line: what
    a notebook shows on stderr stays byte-identical across machines and runs, wherever the warning was issued.
    Every other warning is formatted by the function this one replaced (`warnings.formatwarning`, which Python
    documents as replaceable; filters, `catch_warnings(record=True)` and `pytest.warns` never call it). The one cost
    of that documented hook: Python then no longer adds a ResourceWarning's allocation traceback (-X tracemalloc)."""
    if isinstance(category, type) and issubclass(category, QCAWarning):
        return f"{category.__name__}: {message}\n"
    return _format_warning.replaced(message, category, filename, lineno, line)


# installed once per process (a reloaded module wraps the original function, not its own earlier copy)
_format_warning.replaced = getattr(warnings.formatwarning, "replaced", warnings.formatwarning)
warnings.formatwarning = _format_warning

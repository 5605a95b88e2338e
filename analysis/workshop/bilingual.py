"""The workshop's note: a line said in English and in Chinese (the type every note and message of the
package returns)."""
from __future__ import annotations

Note = tuple[str, str]

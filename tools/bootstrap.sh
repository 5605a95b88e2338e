#!/usr/bin/env bash
# Create the project-local environment (.venv) and install one pinned requirement set into it.
# Usage: tools/bootstrap.sh run|test|lab|book
# Uses uv (from PyPI, pinned) for speed and falls back to plain pip if uv cannot be installed or fails.
set -euo pipefail
set_name="${1:?usage: tools/bootstrap.sh run|test|lab|book}"
cd "$(dirname "$0")/.."
VENV=.venv
UV_VERSION=0.9.5

find_python() {
  for cand in "${PYTHON:-}" python3.11 python3 python; do
    [ -n "$cand" ] || continue
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$cand"; return 0
    fi
  done
  echo "error: Python >= 3.11 not found (tried \$PYTHON, python3.11, python3, python). Install Python 3.11 or set PYTHON=/path/to/python3.11" >&2
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  py="$(find_python)"
  echo "==> creating $VENV with $("$py" --version 2>&1)"
  "$py" -m venv "$VENV"
fi
PY="$VENV/bin/python"

if [ ! -x "$VENV/bin/uv" ]; then
  echo "==> installing uv $UV_VERSION into $VENV (fast installer; plain pip is the fallback)"
  "$PY" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION" || echo "   (uv not available; using pip)"
fi

reqs=(-r requirements/run.txt)
case "$set_name" in
  run) ;;
  test) reqs+=(-r requirements/test.txt) ;;
  lab) reqs+=(-r requirements/lab.txt) ;;
  book) reqs+=(-r requirements/book.txt) ;;
  *) echo "error: unknown requirement set '$set_name' (allowed: run, test, lab, book)" >&2; exit 2 ;;
esac

echo "==> installing pinned packages: requirements/${set_name}.txt"
install_uv() {
  [ -x "$VENV/bin/uv" ] || return 1
  "$VENV/bin/uv" pip install --quiet --python "$PY" "${reqs[@]}" || return 1
  "$VENV/bin/uv" pip install --quiet --python "$PY" --no-deps -e . || return 1
}
install_pip() {
  "$PY" -m pip install --quiet --disable-pip-version-check "${reqs[@]}"
  "$PY" -m pip install --quiet --disable-pip-version-check --no-deps -e .
}
if ! install_uv; then
  echo "==> uv unavailable or failed; installing with pip"
  install_pip
fi
"$PY" -c "import analysis, pandas, papermill" || { echo "error: environment check failed" >&2; exit 1; }

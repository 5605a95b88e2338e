"""`python -m analysis.qca ...`: the command-line interface (see analysis/qca/cli.py)."""
import sys

from .cli import main

sys.exit(main())

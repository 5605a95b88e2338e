"""Project paths, independent of the working directory (notebooks run from several places)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_RAW = ROOT / "data" / "raw"
DATA_DERIVED = ROOT / "data" / "derived"
DATA_REFERENCE = ROOT / "data" / "reference"
FIGURES = ROOT / "figures"
R_QCA = DATA_REFERENCE / "r-qca"
R_SETMETHODS = DATA_REFERENCE / "r-setmethods"
DATASETS = DATA_REFERENCE / "datasets"


def relative(path: Path | str) -> str:
    """Path relative to the project root, POSIX-style, for messages and committed outputs."""
    p = Path(path).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.as_posix()

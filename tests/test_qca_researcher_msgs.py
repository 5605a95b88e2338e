"""What a researcher met running the engine on their own data (round 36): warnings kept when a command stops with an
error, a theory naming a column left out of --conditions, the non-numeric cell message pairing each case with its
own value, and calibrate --json naming its case column as --out does."""
from __future__ import annotations

import pytest

from analysis.qca.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def half(tmp_path):
    path = tmp_path / "half.csv"
    path.write_text("case,A,B,Y\na,0.5,0.2,0.8\nb,0.9,0.1,0.3\nc,0.1,0.8,0.2\nd,0.2,0.3,0.1\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("argv", [
    ["minimize"],
    ["find-rows", "--expression", "A*Q"],
])
def test_warnings_of_the_data_are_printed_before_the_error_that_stops_the_command(capsys, half, argv):
    """minimize on a file with a membership of exactly 0.5 and no positive row printed only the error: the warning
    truth-table gives on the same file was dropped. It now comes first, and the error stays the one last line."""
    code, out, err = run(capsys, argv[0], half, "--outcome", "Y", *argv[1:])
    lines = err.splitlines()
    assert code == 2 and not out, err
    assert sum(line.startswith("error: ") for line in lines) == 1 and lines[-1].startswith("error: "), err
    assert any(line.startswith("warning: condition 'A' has membership exactly 0.5 for case(s) 'a'")
               for line in lines[:-1]), err


def test_each_case_with_a_non_numeric_cell_is_named_with_its_own_value(capsys, tmp_path):
    """"(e.g. 'TRUE' for case(s) 'x', 'y', 'z', 'w')" said TRUE of the cases holding FALSE: each case now comes with
    the value it holds."""
    path = tmp_path / "words.csv"
    path.write_text("case,A,B,Y\nx,TRUE,0.2,0.8\ny,FALSE,0.1,0.3\nz,FALSE,0.8,0.2\nw,TRUE,0.3,0.1\nv,0.4,0.3,0.1\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "minimize", str(path), "--outcome", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert "non-numeric values in column(s) 'A' (case(s) 'x': 'TRUE', 'y': 'FALSE', 'z': 'FALSE', 'w': 'TRUE');" \
        in err, err

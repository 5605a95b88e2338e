"""What a user of R's QCA and SetMethods meets when moving an analysis here: R's habits (argument names and order,
condition names) answered with what to write in this engine, not with a traceback or a misleading hint."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.qca import QCAInputError, necessity, super_subset, truth_table
from analysis.qca.cli import main


@pytest.fixture(scope="module")
def comma_csv(tmp_path_factory):
    """A file with a column whose name holds a comma, as an R data frame's check.names = FALSE keeps it."""
    path = tmp_path_factory.mktemp("comma") / "comma.csv"
    pd.DataFrame({"case": list("abcdef"), "GDP, high": [1, 1, 0, 0, 1, 0], "URB": [0, 1, 0, 1, 0, 0],
                  "LIT": [1, 1, 1, 0, 0, 0], "SURV": [1, 1, 0, 0, 1, 0]}).to_csv(path, index=False)
    return str(path)


@pytest.mark.parametrize("argv", [
    ["truth-table", "--conditions", "GDP, high,URB"],
    ["minimize", "--conditions", "URB,GDP, high", "--include", "?"],
    ["esa", "--conditions", "URB,LIT", "--nec-cond", "GDP, high"],
    ["cases", "--nec-cond", "GDP, high"],
])
def test_a_condition_name_with_a_comma_given_to_a_list_flag_says_to_rename_the_column(comma_csv, capsys, argv):
    """--conditions 'GDP, high,URB' said "unknown condition(s): GDP, high; did you mean 'GDP, high'?" (the name the
    user typed), and cases --nec-cond 'GDP, high' said it got two conditions, 'GDP' and 'high', to be run one by one:
    the comma separates the names of these flags, and a set name cannot hold one (solutions are written with it).
    Now one error line names the flag, the column and the name to give it instead."""
    argv = [argv[0], comma_csv, "--outcome", "SURV", *argv[1:]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    flag = "--nec-cond" if "--nec-cond" in argv else "--conditions"
    assert f"{flag} " in err and "column 'GDP, high' contains ','" in err, err
    assert "rename the column, e.g. to 'GDP_high'" in err, err
    assert "did you mean 'GDP, high'" not in err and "run cases once for each" not in err, err


def test_conditions_text_naming_a_column_with_a_comma_says_to_rename_it(comma_csv):
    df = pd.read_csv(comma_csv, index_col="case")
    with pytest.raises(QCAInputError, match=r"column 'GDP, high' contains ','.*rename the column, e\.g\. to "
                                            r"'GDP_high'"):
        truth_table(df, "SURV", "GDP, high, URB")
    with pytest.raises(QCAInputError, match=r"rename the column, e\.g\. to 'GDP_high'"):   # as a list too
        truth_table(df, "SURV", ["GDP, high", "URB"])
    assert len(truth_table(df, "SURV", "URB, LIT").rows_with(["1"]))   # the column left out: no refusal


# ---------------------------------------------------------------- R QCA's minimize()/truthTable() arguments
LF = "data/reference/datasets/LF.csv"


@pytest.fixture(scope="module")
def tt_lf():
    lf = pd.read_csv(LF, index_col="case")
    return truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8)


@pytest.mark.parametrize("given, said", [
    ({"details": True}, "leave it out: the fit of every term and model (R's details = TRUE) is always"),
    ({"show.cases": True}, "leave it out: a solution always lists the cases of each term"),
    ({"method": "CCubes"}, "leave it out: one exact algorithm here"),
    ({"omit": [10, 12]}, "write exclude=[10, 12] (R QCA's older name of exclude)"),
    ({"use.tilde": True}, "leave it out: a negation is always written '~A'"),
    ({"use.letters": True}, "use.letters is R QCA's minimize(..., use.letters = ...)"),
    ({"use.labels": True}, "use.labels is R QCA's minimize(..., use.labels = ...)"),
    ({"sort.by": "incl"}, "sort.by is an argument of truth_table()"),
])
def test_r_arguments_of_minimize_say_what_to_write_here(tt_lf, given, said):
    """minimize(tt, details=TRUE) (R's habit: the fit table), show.cases, method = 'CCubes', R's older omit / direxp,
    use.tilde, use.letters, use.labels, sort.by were refused with the arguments listed and no word on what they are:
    an R user could not tell whether the fit was lost or the algorithm differed. Now each says what to do here."""
    from analysis.qca import minimize

    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf, include="?", **given)
    assert said in str(exc.value), str(exc.value)


@pytest.mark.parametrize("given, said", [
    ({"inf.test": "binom, 0.05"}, "inf.test is R QCA's truthTable(..., inf.test = ...)"),
    ({"use.letters": True}, "use.letters is R QCA's truthTable(..., use.letters = ...)"),
    ({"exclude": [3]}, "write minimize(tt, ..., exclude=[3])"),
])
def test_r_arguments_of_truth_table_say_what_to_write_here(given, said):
    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        truth_table(lf, "SURV", incl_cut=0.8, **given)
    assert said in str(exc.value), str(exc.value)


@pytest.mark.parametrize("flags, said", [
    (["--details"], "minimize takes no --details: leave it out: the fit of every term and model"),
    (["--show-cases"], "minimize takes no --show-cases: leave it out: a solution always lists the cases"),
    (["--method", "CCubes"], "leave it out: one exact algorithm here"),
    (["--omit", "10,12"], "minimize takes no --omit: write --exclude 10,12"),
    (["--row.dom"], "did you mean --row-dominance?"),
    (["--use-letters"], "--use-letters is R QCA's minimize(..., use.letters = ...)"),
])
def test_r_flags_of_minimize_say_what_to_write_here(capsys, flags, said):
    """minimize --details (or --show-cases, --method, --omit, --row.dom, --use-letters) said only 'unrecognized
    arguments'."""
    assert main(["minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", *flags]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err, err


# ---------------------------------------------------------------- R's order of arguments
@pytest.mark.parametrize("call, said", [
    (lambda q, lf, tt: q.pof("DEV*URB + ~LIT", "SURV", data=lf),
     "pof() got multiple values for argument 'data'"),
    (lambda q, lf, tt: q.pof("DEV*URB + ~LIT -> SURV", data=lf),
     "pof() is missing a required argument: 'outcome'"),
    (lambda q, lf, tt: q.find_rows(obj=tt, type=2), "find_rows() is missing a required argument: 'tt'"),
    (lambda q, lf, tt: q.find_rows(tt, "~DEV*IND", type=1), "find_rows() got multiple values for argument 'type'"),
])
def test_a_call_in_rs_order_of_arguments_says_the_order_here(tt_lf, call, said):
    """pof('DEV*URB + ~LIT', 'SURV', data = LF) is R's call (pof(setms, outcome, data)), and so is
    pof('A -> SURV', data = LF) and findRows(obj = tt, type = 2): they raised Python's bare TypeError ('got multiple
    values for argument', 'missing 1 required positional argument'), naming no order. Now the message gives the
    order of the arguments here and the call to write."""
    from analysis import qca

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        call(qca, lf, tt_lf)
    message = str(exc.value)
    assert said in message and "its arguments in order: " in message, message
    function = said.split("(")[0]
    assert {"pof": "pof('DEV*URB + ~LIT', data, 'SURV')", "find_rows": "find_rows(tt, 'untenable', "
            "expression='~DEV*IND')"}[function] in message, message


def test_pof_with_the_outcome_second_as_in_r_says_the_order_here():
    """pof('DEV*URB + ~LIT', 'SURV', LF) (R's positional order) said 'the data come first, then the outcome: (df,
    'SURV', ...)', as if the data came before the expression."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"pof\(expression, data, outcome\).*write pof\('DEV\*URB \+ ~LIT', "
                                            r"data, 'SURV'\)"):
        pof("DEV*URB + ~LIT", "SURV", lf)


def test_pof_with_the_outcomes_values_second_as_in_r_says_the_order_here():
    """pof('DEV*URB', LF$SURV, LF) is R's call with the outcome's values (pof(setms, outcome, data), outcome a
    vector): written pof('DEV*URB', lf['SURV'], lf) it said only 'data must be a pandas DataFrame, got Series'."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        pof("DEV*URB", lf["SURV"], lf)
    assert str(exc.value) == ("pof(expression, data, outcome): the data come second, then the outcome's name, got a "
                              "pandas Series ('SURV') as the data and a DataFrame as the outcome (R's order with the "
                              "outcome's values, pof(setms, dat$Y, dat)); write pof('DEV*URB', data, 'SURV')")


def test_a_type_error_inside_a_function_is_left_alone():
    """The order message is given only when the call itself does not bind: a TypeError raised inside is not
    relabelled."""
    from analysis.qca import pof

    with pytest.raises(Exception) as exc:
        pof("DEV", pd.DataFrame({"DEV": [object()], "SURV": [1]}), "SURV")
    assert "its arguments in order" not in str(exc.value)


# ---------------------------------------------------------------- SetMethods' argument names
@pytest.fixture(scope="module")
def sol_lf(tt_lf):
    from analysis.qca import minimize

    return minimize(tt_lf, include="?", dir_exp="1,1,1,1,1")


@pytest.mark.parametrize("call, said", [
    # SetMethods' sol is the model's number: "did you mean 'solution'?" sent the user to write solution=1
    (lambda q, s, p: q.smmr(s, "typical", sol=2), "write model=2 (SetMethods' sol: the number of the model"),
    (lambda q, s, p: q.theory_evaluation("DEV*STB", s, sol=1), "write model=1"),
    (lambda q, s, p: q.case_typology(s, sol=1), "write model=1"),
    (lambda q, s, p: q.smmr_pairs(s, "typical-irrelevant", sol=1), "write model=1"),
    (lambda q, s, p: q.cluster_diagnostics(p, s, "SURV", unit="CASE", cluster="WAVE", sol=1), "write model=1"),
    (lambda q, s, p: q.configuration_chart(s, sol=1), "leave it out: the chart shows every model"),
    (lambda q, s, p: q.smmr(results=s, cases="typical"), "the solution first, smmr(sol, ...) (SetMethods' results)"),
    (lambda q, s, p: q.smmr(s, "typical", outcome="SURV"), "leave it out: the solution holds its outcome"),
    (lambda q, s, p: q.smmr(s, "typical", match=True), "smmr_pairs(sol, ...) (SetMethods' match = TRUE"),
    (lambda q, s, p: q.smmr(s, "typical", **{"nec.cond": "LIT"}), "necessity_cases(data, outcome, 'LIT', cases)"),
    (lambda q, s, p: q.theory_evaluation(theory="DEV*STB", empirics=s), "(SetMethods' empirics)"),
    (lambda q, s, p: q.theory_evaluation("DEV*STB", s, consH=True), "write haesebrouck_consistency=True"),
    (lambda q, s, p: q.theory_evaluation("DEV*STB", s, **{"print.fit": True}), "leave it out: the fit, the memberships, the cases"),
    (lambda q, s, p: q.cluster_diagnostics(p, s, "SURV", unit_id="CASE", cluster="WAVE"), "write unit='CASE'"),
    (lambda q, s, p: q.cluster_diagnostics(p, s, "SURV", unit="CASE", cluster_id="WAVE"), "write cluster='WAVE'"),
    (lambda q, s, p: q.cluster_diagnostics(p, s, "SURV", unit="CASE", cluster="WAVE", wicons=True),
     "leave it out: the within-unit consistencies are always computed"),
    (lambda q, s, p: q.pof("LIT", pd.read_csv(LF, index_col="case"), "SURV", consH=True),
     "write haesebrouck_consistency=True (QCAfit's consH"),
    (lambda q, s, p: q.pof("LIT", pd.read_csv(LF, index_col="case"), "SURV", necessity=True),
     "write relation='necessity' (QCAfit's necessity = TRUE)"),
    (lambda q, s, p: q.pof("LIT", pd.read_csv(LF, index_col="case"), "SURV", **{"cond.lab": "LIT"}),
     "leave it out: the expression's text labels its row"),
])
def test_setmethods_argument_names_say_what_to_write_here(sol_lf, call, said):
    """SetMethods' smmr(results, outcome, sol, match, nec.cond), theory.evaluation(empirics, sol, consH, print.fit),
    cluster(unit_id, cluster_id, sol, wicons) and QCAfit's consH were refused listing the arguments, and sol was
    answered "did you mean 'solution'?" (sol is the model's number)."""
    from analysis import qca

    panel = pd.read_csv("data/reference/r-setmethods/LF_panel.csv", index_col=0)
    with pytest.raises(QCAInputError) as exc:
        call(qca, sol_lf, panel)
    assert said in str(exc.value), str(exc.value)
    assert "did you mean 'solution'" not in str(exc.value)


@pytest.mark.parametrize("argv, said", [
    (["cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1", "--sol", "2"],
     "cases takes no --sol: write --model 2 (SetMethods' sol"),
    (["theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*STB", "--consH", "--json"],
     "theory takes no --consH: write --haesebrouck-consistency (SetMethods' consH)"),
])
def test_setmethods_flags_say_what_to_write_here(capsys, argv, said):
    """cases --sol 2 and theory --consH said only 'unrecognized arguments'."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err, err


# ---------------------------------------------------------------- R's directional expectations
@pytest.fixture(scope="module")
def tt_lm():
    lm = pd.read_csv("data/reference/datasets/LM.csv", index_col="case")
    return truth_table(lm, "SURV", "DEV, URB, LIT, IND, STB")


def test_levels_of_a_multi_value_condition_in_brackets_are_read_as_r_writes_them(tt_lm):
    """dir_exp 'DEV[1,2], URB[1], ...' (R's way of naming several levels of one multi-value condition) was split at
    the comma inside the brackets: "cannot read literal 'DEV[1'". It is the expectation DEV=1;2."""
    from analysis.qca import minimize

    rest = "URB[1], LIT[1], IND[1], STB[1]"
    got = minimize(tt_lm, include="?", dir_exp=f"DEV[1,2], {rest}")
    want = minimize(tt_lm, include="?", dir_exp="DEV=1;2,URB=1,LIT=1,IND=1,STB=1")
    assert [m.expression for m in got.models] == [m.expression for m in want.models]
    assert got.to_dict()["intermediate"] == want.to_dict()["intermediate"]
    assert minimize(tt_lm, include="?", dir_exp=f"DEV[1;2], {rest}").to_dict()["intermediate"] == want.to_dict()["intermediate"]


def test_directional_expectations_wrapped_in_rs_c_say_to_leave_it_out(tt_lf):
    """dir_exp 'c(1,1,1,1,1)' (R's vector, copied as text) said "unknown condition 'c(1'"."""
    from analysis.qca import minimize

    with pytest.raises(QCAInputError, match=r"R's vector c\(\.\.\.\) copied as text; write '1,1,1,1,1'"):
        minimize(tt_lf, include="?", dir_exp="c(1,1,1,1,1)")
    with pytest.raises(QCAInputError, match=r"write 'DEV, URB, LIT, IND, STB'"):
        minimize(tt_lf, include="?", dir_exp="c(DEV, URB, LIT, IND, STB)")


# ---------------------------------------------------------------- more of R's habits
def test_conditions_as_rs_range_of_columns_are_read():
    """R QCA reads conditions = "DEV:IND" as the columns from DEV to IND; it said "unknown condition(s): DEV:IND; did
    you mean 'DEV'?"."""
    lf = pd.read_csv(LF, index_col="case")
    assert list(truth_table(lf, "SURV", "URB:STB").conditions) == ["URB", "LIT", "IND", "STB"]
    assert list(truth_table(lf, "SURV", "DEV:LIT, STB").conditions) == ["DEV", "URB", "LIT", "STB"]
    with pytest.raises(QCAInputError, match=r"conditions 'IND:URB': the range runs backwards"):
        truth_table(lf, "SURV", "IND:URB")
    with pytest.raises(QCAInputError, match=r"conditions 'DEV:SURV': the range .* includes the outcome 'SURV'"):
        truth_table(lf, "SURV", "DEV:SURV")


def test_conditions_in_rs_c_say_the_text_to_write():
    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"""conditions 'c\("DEV", "URB"\)': R's vector c\(\.\.\.\) copied as """
                                            r"text; write 'DEV, URB'"):
        truth_table(lf, "SURV", 'c("DEV", "URB")')


def test_find_rows_takes_rs_vector_of_types(tt_lf):
    """findRows(obj = tt, type = c(2, 3)): the union of the rows of each type; it was refused."""
    from analysis.qca import find_rows

    both = find_rows(tt_lf, [2, 3])
    assert both == sorted(set(find_rows(tt_lf, "csa")) | set(find_rows(tt_lf, "ssr")))
    assert find_rows(tt_lf, ["untenable", "csa"], expression="~DEV*IND") == sorted(
        set(find_rows(tt_lf, "untenable", expression="~DEV*IND")) | set(find_rows(tt_lf, "csa")))
    with pytest.raises(QCAInputError, match="type"):
        find_rows(tt_lf, [])


def test_r_relations_both_ways_are_named_as_not_implemented():
    from analysis.qca import super_subset

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"R's superSubset\(relation = 'sufnec'\).*not implemented"):
        super_subset(lf, "SURV", relation="sufnec", incl_cut=0.8)


def test_find_rows_command_takes_several_types(capsys):
    assert main(["find-rows", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "2,3"]) == 0
    assert capsys.readouterr().out.startswith("csa+ssr rows: 10, 12, 14, 16, 17, 21, 25, 29")


@pytest.mark.parametrize("expression, written", [
    ("DEV*(URB + LIT)", "'DEV*URB + DEV*LIT'"),
    ("~(DEV*URB)", "'~DEV + ~URB'"),
    ("~(DEV + ~URB)*LIT", "'~DEV*URB*LIT'"),
    ("(DEV + URB)*(DEV + LIT)", "'DEV + URB*LIT'"),
])
def test_an_expression_with_parentheses_is_shown_its_sum_of_products(expression, written):
    """R's admisc reads parentheses ('DEV*(URB + LIT)', '~(DEV*URB)'); here an expression is a sum of products, and
    the refusal gave a generic example ('A*B + A*C' for 'A*(B + C)'). It now gives the user's own expression as a
    sum of products (De Morgan and distribution hold for fuzzy sets too), which is accepted when written back."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        pof(expression, lf, "SURV")
    assert f"write its sum of products, {written}" in str(exc.value), str(exc.value)
    pof(written.strip("'"), lf, "SURV")


def test_an_expression_whose_expansion_holds_a_condition_and_its_negation_keeps_the_general_hint():
    """(DEV + URB)*(~DEV + LIT) expands to DEV*~DEV + ..., which a term cannot hold: no text is proposed."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"e\.g\. 'A\*B \+ A\*C' for 'A\*\(B \+ C\)'") as exc:
        pof("(DEV + URB)*(~DEV + LIT)", lf, "SURV")
    assert "write its sum" not in str(exc.value)


def test_pof_command_given_rs_relation_says_the_flag(capsys):
    """pof --relation nec said only that super-subset takes --relation."""
    assert main(["pof", LF, "--outcome", "SURV", "--expression", "LIT", "--relation", "nec"]) == 2
    assert "--necessity for necessity (R's relation = 'necessity')" in capsys.readouterr().err


@pytest.mark.parametrize("call, said", [
    (lambda q, tt: q.minimize(tt, include="?", exclude="c(10, 12)"), "R's vector c(...) copied as text: write '10,12'"),
    (lambda q, tt: q.esa(tt, contradictory_rows="c(10, 12)"), "write '10,12'"),
])
def test_row_numbers_in_rs_c_say_the_text_to_write(tt_lf, call, said):
    """exclude = 'c(10, 12)' said only that row numbers must be whole numbers."""
    from analysis import qca

    with pytest.raises(QCAInputError) as exc:
        call(qca, tt_lf)
    assert said in str(exc.value), str(exc.value)


@pytest.mark.parametrize("name, said", [
    ("IC", "sol.to_frame() (the fit of every term and model, R's sol$IC)"),
    ("solution", "sol.models (each model's .terms"),
    ("PIchart", "sol.pi_chart"),
    ("SA", "sol.simplifying_assumptions"),
    ("i_sol", "sol.intermediate"),
])
def test_rs_components_of_a_solution_say_where_they_are(sol_lf, name, said):
    """sol.IC, sol.solution, sol.PIchart (R's sol$IC, ...) raised a bare AttributeError."""
    with pytest.raises(AttributeError, match="R QCA's component is") as exc:
        getattr(sol_lf, name)
    assert said in str(exc.value)
    with pytest.raises(AttributeError) as other:
        sol_lf.no_such_thing
    assert "R QCA" not in str(other.value)
    assert sol_lf.pi_chart is not None and sol_lf.models[0].terms   # the real ones are untouched


def test_a_required_flag_missing_beside_rs_names_says_the_flags_here(capsys):
    """cluster --unit-id CASE --cluster-id WAVE (SetMethods' unit_id, cluster_id) said only that --unit and --cluster
    are required."""
    argv = ["cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV*~IND",
            "--unit-id", "CASE", "--cluster-id", "WAVE"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean --unit?" in err and "did you mean --cluster?" in err, err


def test_rs_logical_written_as_text_says_pythons(tt_lf):
    """minimize(tt, row_dominance='TRUE') (R's TRUE, quoted) said only that it must be True or False."""
    from analysis.qca import minimize

    with pytest.raises(QCAInputError, match=r"write row_dominance=True \(R's TRUE is Python's True, not a text\)"):
        minimize(tt_lf, include="?", row_dominance="TRUE")
    with pytest.raises(QCAInputError, match=r"must be True or False, got 'yes'$"):
        minimize(tt_lf, include="?", row_dominance="yes")


def test_rs_explain_zero_says_to_negate_the_outcome(tt_lf, capsys):
    """minimize(tt, explain='0') (older R QCA's way to explain the negative rows) said only what explain must be."""
    from analysis.qca import minimize

    with pytest.raises(QCAInputError, match=r"build the truth table of the negated outcome, truth_table\(data, '~Y'"):
        minimize(tt_lf, include="?", explain="0")
    assert main(["minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--explain", "0"]) == 2
    assert "--negate-outcome" in capsys.readouterr().err


@pytest.mark.parametrize("call", [
    lambda q, lf: q.pof(lf[["DEV", "URB"]], lf["SURV"], relation="necessity"),   # R's pof(LF[, 1:2], LF$SURV, ...)
    lambda q, lf: q.pof(lf[["DEV", "URB"]], lf, "SURV"),
])
def test_pof_given_a_data_frame_of_memberships_says_pofind(call):
    """R's pof(data frame, outcome) scores each column (the reference's pof(LF[, 1:5], LF$SURV)); here it said 'the
    expression comes first' or, with the outcome as a column, Python's missing-argument TypeError."""
    from analysis import qca

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"write pofind\(data, outcome, conditions=\['DEV', 'URB'\], "
                                            r"relation=\.\.\.\).*pof\('DEV \+ URB', data, outcome\)"):
        call(qca, lf)


def test_pof_given_one_column_or_many_says_so():
    """pof(lf[['DEV']], lf, 'SURV'), a one-column frame as the expression, was offered "pof('DEV', data, outcome) for
    their union" (a union of one); a frame of six columns was offered pofind(conditions=[its first four]) and
    pof('DEV + URB + LIT + IND') 'for their union' as if that were all of them, and a frame of no columns pof('').
    One column is said as one, a frame shown by its first four columns says it has more, one of none says so."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as one:
        pof(lf[["DEV"]], lf, "SURV")
    assert "union" not in str(one.value) and "write pof('DEV', data, outcome)" in str(one.value), one.value
    with pytest.raises(QCAInputError) as six:
        pof(lf[["DEV", "URB", "LIT", "IND", "STB", "SURV"]], lf, "SURV")
    assert "conditions=['DEV', 'URB', 'LIT', 'IND'], relation=...) (the first 4 of its 6 columns: add the other 2)" \
        in str(six.value), six.value
    with pytest.raises(QCAInputError) as none:   # a frame of no columns: no pof('', ...)
        pof(lf[[]], lf, "SURV")
    assert "pof(''" not in str(none.value) and "it has no columns" in str(none.value), none.value


def test_the_order_hint_takes_the_expression_not_the_relation():
    """pof('DEV*URB', 'SURV', data=lf, relation='necessity'): the call shown is pof('DEV*URB', data, 'SURV'), the
    relation's text not read as the expression or the outcome (a guard: the case that showed pof('necessity', ...)
    is R's data frame of memberships, test_pof_given_a_data_frame_of_memberships_says_pofind)."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"write pof\('DEV\*URB', data, 'SURV'\)"):
        pof("DEV*URB", "SURV", data=lf, relation="necessity")


def test_minimize_given_the_data_as_in_r_says_the_two_steps():
    from analysis.qca import minimize

    with pytest.raises(QCAInputError, match=r"R's minimize\(data, outcome = \.\.\., incl\.cut = \.\.\.\) is two steps "
                                            r"here, tt = truth_table\(data, 'Y', incl_cut=\.\.\.\)"):
        minimize(pd.read_csv(LF, index_col="case"), include="?")


def test_dir_exp_as_rs_range_of_conditions(tt_lf):
    """R QCA reads dir.exp = "DEV:STB" as DEV, URB, ..., STB expected present; it said "unknown condition"."""
    from analysis.qca import minimize

    got = minimize(tt_lf, include="?", dir_exp="DEV:STB")
    assert got.to_dict()["intermediate"] == minimize(tt_lf, include="?", dir_exp="1,1,1,1,1").to_dict()["intermediate"]
    part = minimize(tt_lf, include="?", dir_exp="DEV:LIT, ~IND")
    assert part.dir_exp == minimize(tt_lf, include="?", dir_exp="DEV=1,URB=1,LIT=1,IND=0").dir_exp
    with pytest.raises(QCAInputError, match=r"the range 'STB:DEV' runs backwards"):
        minimize(tt_lf, include="?", dir_exp="STB:DEV")


@pytest.mark.parametrize("call, said", [
    (lambda q, s, p: q.smmr(s, "SURV", 1, False, 1), "write smmr(sol, 'typical', model=1) (cases = 1)"),
    (lambda q, s, p: q.cluster_diagnostics(p, "DEV*~IND", "SURV", "CASE", "WAVE", 1),
     "here they are keywords: write cluster_diagnostics(data, results, outcome, unit, cluster, model=1"),
])
def test_setmethods_positional_order_says_the_call_here(sol_lf, call, said):
    """smmr(iLF, "SURV", 1, FALSE, 1) and cluster(panel, expr, "SURV", "CASE", "WAVE", 1) in SetMethods' positional
    order raised Python's 'takes 3 positional arguments but 5 were given'."""
    from analysis import qca

    panel = pd.read_csv("data/reference/r-setmethods/LF_panel.csv", index_col=0)
    with pytest.raises(QCAInputError) as exc:
        call(qca, sol_lf, panel)
    assert "got too many positional arguments" in str(exc.value) and said in str(exc.value), str(exc.value)


def test_rob_inclrange_arguments_say_the_parameter_to_name():
    """threshold_range(lf, step=0.01, max_runs=40, outcome='SURV', conditions=..., incl_cut=0.8) (rob.inclrange's
    arguments) raised Python's missing-argument TypeError for 'parameter'."""
    from analysis.qca import threshold_range

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"is missing a required argument: 'parameter'.*write threshold_range\(data, "
                                            r"outcome, conditions, 'incl_cut', step, max_runs, incl_cut=\.\.\.\)"):
        threshold_range(lf, step=0.01, max_runs=40, outcome="SURV", conditions="DEV, URB", incl_cut=0.8)


def test_a_kind_of_pairs_given_as_setmethods_number_or_the_outcome_says_what_to_write():
    """smmr_pairs(sol, 1) and necessity_pairs(..., 1) said only "pairs must be one of ..., got 1": SetMethods numbers
    its kinds of pairs (smmr(match = TRUE, cases = n)); smmr_pairs(sol, 'SURV') (SetMethods' smmr(results, outcome,
    ...)) said only "got 'SURV'". Each number is named with the call here, from the table the R comparison uses."""
    from analysis import method_validation as mv
    from analysis.qca import minimize, necessity_pairs, smmr_pairs
    from analysis.qca.r_calls import SMMR_NECESSITY_PAIR_NUMBERS, SMMR_PAIR_NUMBERS

    assert mv.SMMR_PAIRS is SMMR_PAIR_NUMBERS and mv.NECESSITY_PAIRS is SMMR_NECESSITY_PAIR_NUMBERS
    lf = pd.read_csv("data/reference/datasets/LF.csv", index_col=0)
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), "?", dir_exp="1,1,1,1,1")
    with pytest.raises(QCAInputError, match=r"got 4; SetMethods' smmr\(match = TRUE, cases = 4\) is smmr_pairs\(sol, "
                                            r"'deviant coverage-irrelevant', by='truth table row'\) here"):
        smmr_pairs(sol, 4)
    with pytest.raises(QCAInputError, match=r"got '5'; SetMethods' smmr\(match = TRUE, cases = 5\) is smmr_pairs\(sol, "
                                            r"'typical-typical', by='term'\) here"):
        smmr_pairs(sol, "5")
    with pytest.raises(QCAInputError, match=r"'SURV' is the outcome, which is not an argument here.*the second "
                                            r"argument is the kind of pairs"):
        smmr_pairs(sol, "SURV")
    with pytest.raises(QCAInputError, match=r"got 7$"):
        smmr_pairs(sol, 7)
    with pytest.raises(QCAInputError, match=r"got 1; SetMethods' smmr\(necessity = TRUE, match = TRUE, cases = 1\) is "
                                            r"pairs='typical-deviant relevance' here"):
        necessity_pairs(lf, "SURV", "LIT", 1)


@pytest.mark.parametrize("kwargs, said", [
    ({"include": 'c("?")'}, "include may contain '?' (remainders) and 'C' (contradictions), got 'c(\"?\")': R's vector "
                            "c(...) copied as text; write '?'"),
    ({"include": "c('?', 'C')"}, "got \"c('?', 'C')\": R's vector c(...) copied as text; write '?,C'"),
    ({"explain": 'c("1", "C")'}, "explain must be '1' (positive rows) or '1,C' (positive rows and contradictions), got "
                                 "'c(\"1\", \"C\")': R's vector c(...) copied as text; write '1,C'"),
])
def test_include_and_explain_copied_as_rs_vector_are_shown_the_text_to_write(kwargs, said):
    """R's include = c("?", "C") and explain = c("1", "C") copied as text: --dir-exp 'c(1,1,1)' and n_cut='c(2)' were
    told to write the text without c( ), include and explain only what they may contain."""
    from analysis.paths import ROOT
    from analysis.qca import minimize

    tt = truth_table(pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case"), "SURV", incl_cut=0.8)
    with pytest.raises(QCAInputError) as exc:
        minimize(tt, **kwargs)
    assert str(exc.value).endswith(said), str(exc.value)
    with pytest.raises(QCAInputError) as exc:   # a vector of no include: no text to write
        minimize(tt, include='c("x")')
    assert "R's vector" not in str(exc.value)


@pytest.mark.parametrize("call, said", [
    (lambda lf: necessity(lf, "SURV", incl_cut="0,9"),
     "write benchmark=0.9 ("),
    (lambda lf: necessity(lf, "SURV", incl_cut="0.9"),
     "write benchmark=0.9 ("),
    (lambda lf: necessity(lf, "SURV", **{"incl.cut": "high"}),
     "write benchmark=... ("),
    (lambda lf: super_subset(lf, "SURV", benchmark="0,85"),
     "write incl_cut=0.85 ("),
    (lambda lf: truth_table(lf, "SURV", benchmark="0,8"), "write incl_cut=0.8 ("),
    (lambda lf: truth_table(lf, "SURV", incl_cut=0.8, exclude="1,2"), "write minimize(tt, ..., exclude='1,2')"),
], ids=["decimal comma", "number as text", "not a number", "super_subset", "truth_table", "exclude as given"])
def test_an_r_cut_off_given_as_text_is_suggested_as_the_number_it_takes(call, said):
    """necessity(incl_cut='0,9') (R's incl.cut, a decimal comma) suggested benchmark='0,9', which benchmark refuses in
    turn: a cut-off is suggested as the number it takes (0.9), or as '...' for a text that is no number; a value an
    argument takes as text (exclude's rows) is suggested as given."""
    with pytest.raises(QCAInputError) as exc:
        call(pd.read_csv(LF, index_col="case"))
    assert said in str(exc.value), str(exc.value)


def test_pof_given_both_relations_is_not_pointed_to_superSubset():
    """pof(relation='sufnec') answered with super_subset's hint ("R's superSubset(relation = 'sufnec') ... is not
    implemented here: run ... and keep what both list"), which names a function the user did not call; R's pof()
    takes only 'necessity' or 'sufficiency', so pof, pofind and consistency now name just those two."""
    from analysis.qca import consistency, pof, pofind

    lf = pd.read_csv(LF, index_col="case")
    calls = [lambda: pof("DEV", lf["SURV"], lf, relation="sufnec"),
             lambda: pofind(lf, "SURV", "DEV", relation="necsuf"),
             lambda: consistency(lf["DEV"], lf["SURV"], relation="sufnec")]
    for call in calls:
        with pytest.raises(QCAInputError, match="relation must be 'sufficiency' or 'necessity'") as err:
            call()
        assert "superSubset" not in str(err.value)

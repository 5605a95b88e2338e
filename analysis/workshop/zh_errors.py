"""The Chinese line under an engine error (`engine_error_zh`): the table of the errors' forms and
their Chinese (ENGINE_ERRORS_ZH, which README counts), by kind of error and parameter, assembled from its
families' modules (zh_errors_calls, _sets, _data, _files, _calibrate, _minimize, _diagnostics, _robustness,
_budgets, _plots, _chain; the renderings their forms share in zh_error_parts), and how a message is read against
it: a place, a file, a flag or an ending taken off first, several problems joined by ' | '."""
from __future__ import annotations

import re
from typing import Callable

from analysis.qca import QCAComplexityError, QCAInputError
from analysis.workshop.zh_error_parts import _FILE_KINDS_ZH, _READERS
from analysis.workshop.zh_errors_budgets import BUDGETS_ZH
from analysis.workshop.zh_errors_calibrate import CALIBRATE_ZH
from analysis.workshop.zh_errors_calls import CALLS_ZH
from analysis.workshop.zh_errors_chain import CHAIN_ZH
from analysis.workshop.zh_errors_data import DATA_ZH
from analysis.workshop.zh_errors_diagnostics import DIAGNOSTICS_ZH
from analysis.workshop.zh_errors_files import FILES_ZH
from analysis.workshop.zh_errors_minimize import MINIMIZE_ZH
from analysis.workshop.zh_errors_plots import PLOTS_ZH
from analysis.workshop.zh_errors_robustness import ROBUSTNESS_ZH
from analysis.workshop.zh_errors_sets import SETS_ZH
from analysis.workshop.zh_hints import _hints_zh
from analysis.workshop.zh_words import _SPEC_FILE, _with_lengths_zh

#: (the kind of error, the message's form, its Chinese from the names the form holds): engine_error_zh's table,
#: its first form matching a message gives the line. Its parts by family, each a module's list; one form alone
#: matches each message of the bad-input catalogue that has a line, or two giving it the same line
#: (tests/test_workshop_error_forms.py), so the order of the families picks no line.
ENGINE_ERRORS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    *CALLS_ZH,
    *SETS_ZH,
    *DATA_ZH,
    *FILES_ZH,
    *CALIBRATE_ZH,
    *MINIMIZE_ZH,
    *DIAGNOSTICS_ZH,
    *ROBUSTNESS_ZH,
    *BUDGETS_ZH,
    *PLOTS_ZH,
    *CHAIN_ZH,
]


def engine_error_zh(error: BaseException) -> str | None:
    """One Chinese line for an engine error (QCAInputError) a participant meets in the workshop's exercises: what is
    wrong and what is allowed, with the parameter, the value and the names the error gives copied from it
    (ENGINE_ERRORS_ZH, by the kind of error and its parameter), and the hints it gives that the workshop knows (did
    you mean, a percentage, a number as text, the columns). None for an error of another form: no line rather than
    a wrong one. A refusal of a budget (QCAComplexityError: more prime implicants, models or work than max_...) gets
    its line too, for a teacher's own data."""
    if not isinstance(error, (QCAInputError, QCAComplexityError)):
        return None
    return _with_lengths_zh(_error_message_zh, str(error))


#: The ending the engine gives a data error when the conditions were taken from the data (every column but the
#: outcome and the case names) and some of them hold no numbers: which columns to leave out (analysis.qca.data).
_CONDITIONS_TAKEN = re.compile(r"; the conditions were taken from every column but the outcome and the case names: if "
                               r"(?P<odd>.+?) (?P<verb>is|are) no set, list the conditions without (?:it|them): "
                               r"(?:(?P<how>conditions='[^']*') \(CLI: (?P<cli>--conditions \S+)\)|(?P<flag>--conditions "
                               r"\S+))$")


_SPEC_PART = re.compile(r"(?:test (?P<test>\d+|'[^']*')|range (?P<range>\d+)(?: \((?P<what>parameter: [^()]*)\))?"
                        r"|spec\[(?P<set>'[^']*')\](?P<sets>(?:, spec\['[^']*'\])*)|calibrate (?P<calibrated>'[^']*')): "
                        r"(?P<rest>.+)$")


def _placed_error_zh(message: str) -> str | None:
    """The line of an engine error placed in a researcher's file (_SPEC_FILE, _SPEC_PART: the file, a test, a range,
    a set): the place in Chinese, then the error's own line; None when the error has none. The calibrate command
    writes calibrate()'s arguments as its file does ("type: 'crisp'", calibrate.spec_file_form): they are read as the
    engine writes them and said back as the file does."""
    from analysis.qca.calibrate import SPEC_FILE_FORM

    if file := _SPEC_FILE.match(message):
        rest = file.group("rest")
        line = _error_message_zh(rest)
        if line is None:
            written: list[tuple[str, str]] = []
            form = re.compile(SPEC_FILE_FORM.pattern.replace(")=(", "): ("))

            def engine(m: re.Match) -> str:
                written.append((m.group(1), m.group(2)))
                return f"{m.group(1)}={m.group(2)}"

            line = _error_message_zh(form.sub(engine, rest)) if form.search(rest) else None
            for key, value in written:
                line = line and line.replace(f"{key}={value}", f"{key}: {value}")
        if line is not None:   # else a test's or a range's error naming a file (a --raw file), read below
            return f"{file.group('file')}：{line}"
    if part := _SPEC_PART.match(message):
        line = _error_message_zh(part.group("rest"))
        place = (f"检验 {part.group('test')}" if part.group("test") else
                 f"范围 {part.group('range')}" + (f"（{part.group('what')}）" if part.group("what") else "")
                 if part.group("range") else f"spec[{part.group('set')}]{part.group('sets')}" if part.group("set") else
                 f"calibrate {part.group('calibrated')}")
        return line and f"{place}：{line}"
    return None


#: The ending the robustness protocol gives a set's raw column the raw data lack (protocol_data._source_hint): how a raw
#: column named otherwise than its set is given as its source, said after the names meant and the raw data's columns.
_SOURCE_NAMED = re.compile(r"; a raw column named otherwise than its set is given as its source: (?:(?P<test>calibrate: "
                           r"\{.*\})|(?P<call>threshold_range\(\.\.\., source=[^()]*\)), a sweep file's range source: "
                           r"(?P<key>.+))$")


#: The ending of an error whose workbook, read at its first sheet, lacks the columns asked, which another sheet holds
#: (sheets.other_sheet_hint): that sheet and the flag that reads it, or, for a frame read_data read in Python
#: (data.first_sheet_hint), the read_data call that reads it and the command line's flag.
_OTHER_SHEET = re.compile(r"; sheet (?P<place>\d+) (?P<sheet>'[^']*'|\"[^\"]*\") holds (?P<what>it|them): "
                          r"(?:(?P<flag>--[a-z-]+) (?P=place) reads it \(without (?P=flag), the first sheet, "
                          r"(?P<read>'[^']*'|\"[^\"]*\"), is read\)|(?P<call>read_data\(path, sheet=(?P=place)\)) reads "
                          r"it \((?P<cli>--[a-z-]+) (?P=place) on the command line; without sheet=, the first sheet, "
                          r"(?P<first>'[^']*'|\"[^\"]*\"), is read\))$")


#: A value an error quotes as pandas prints it (errors.quoted: repr of a DataFrame, a Series, a Categorical), over
#: several lines: it follows the last 'got ' before the message's first line break (or the argument's name the message
#: begins with, 'sheet='), and ends with shortened()'s mark
#: ('… (819 characters)') where it was cut, else with its last line: pandas' footer ('dtype: float64', 'Index: []',
#: 'Categories (1, str): ['DEV']'), or a table's row up to the message's own words after it (' (DataFrame)', '; ...').
_PRINTOUT_CUT = re.compile(r"… \(\d{1,3}(?:,\d{3})* characters\)")
_PRINTOUT_FOOTER = re.compile(r"(?:Index: \[[^\n]*?\]|(?:Name: [^\n]*?, )?(?:Length: \d+, )?dtype: \w+|Categories \(\d+, "
                              r"\w+\): \[[^\n]*?\])")
#: A printout cut within its first line ('got      DEV  URB  LIT ...     … (868 characters)'): a frame's header, led
#: by blanks or by the name of its columns' index ('got case    AU    BE  ...', a frame transposed), up to
#: shortened()'s mark (or the mark _with_lengths_zh puts in its place).
_PRINTOUT_ONE_LINE = re.compile(r"got (?P<value>(?: {2}|[^\s'\"\[\]{}()]+ {2,}(?=\S))[^\n]*?…(?: \(\d{1,3}(?:,\d{3})* "
                                r"characters\)|[\ue001-\uf8ff]))")
#: What stands for the printout while the message is read (a word every form's value reads), then replaced by it.
_PRINTOUT = "QCAPRINTOUT"


def _printout_span(message: str) -> tuple[int, int] | None:
    """Where a value quoted as pandas prints it (_PRINTOUT_CUT, _PRINTOUT_FOOTER, _PRINTOUT_ONE_LINE) stands in
    `message`, or None."""
    first = message.find("\n")
    if first < 0:   # a frame's printout cut within its first line: its header's blanks, then shortened()'s mark
        cut = _PRINTOUT_ONE_LINE.search(message)
        return cut.span("value") if cut else None
    got = message.rfind("got ", 0, first)
    named = re.match(r"[a-z_]+=(?=\s)", message)   # read_data's "sheet=<a frame's printout>: LF.csv is not a workbook"
    if got < 0 and named is None:
        return None
    start = got + 4 if got >= 0 else named.end()
    cut = _PRINTOUT_CUT.search(message, first)
    if cut:
        return start, cut.end()
    last = message.rindex("\n") + 1
    footer = _PRINTOUT_FOOTER.match(message, last)
    return start, footer.end() if footer else re.compile(r" \(|; |: |$").search(message, last).start()


#: A text numpy gives (np.str_: an item of an array of names, a column of one) as repr() quotes it (errors.quoted):
#: a text all the same, read as the text it holds and copied as the message gives it.
_NUMPY_TEXT = re.compile(r"np\.str_\((?P<text>'[^'\n]*'|\"[^\"\n]*\")\)")
#: Where shortened() cut a value of another type than a text, repr() of a list, a dict, a tuple (errors.quoted:
#: "['xxxx… (100,004 characters)", its brackets never closed): the mark, or the one _with_lengths_zh puts in its
#: place; a text cut inside its quotes ("'xxxx…' (100,000 characters)") is read by every form as it is.
_CUT_REPR_END = re.compile(r"…(?:[\ue001-\uf8ff]| \(\d{1,3}(?:,\d{3})* characters\))(?!['\"])")
_CLOSING = {"[": "]", "{": "}", "(": ")"}


def _unclosed(text: str) -> bool:
    """Whether the bracket `text` begins with is never closed in it (brackets inside quotes not counted)."""
    depth, quote, escaped = 0, "", False
    for ch in text:
        if quote:
            escaped, quote = (not escaped and ch == "\\"), ("" if ch == quote and not escaped else quote)
        elif ch in "'\"":
            quote = ch
        elif ch in _CLOSING:
            depth += 1
        elif ch in _CLOSING.values():
            depth -= 1
            if depth == 0:
                return False
    return depth > 0


def _cut_repr_span(message: str) -> tuple[int, int] | None:
    """Where a value shortened() cut (_CUT_REPR_END) stands in `message`, from the first bracket after a blank that
    is never closed before the cut (not a remark in brackets, '(thresholds ...'), or None."""
    end = _CUT_REPR_END.search(message)
    if end is None:
        return None
    for opening in re.finditer(r"(?<= )[\[{(]", message[:end.start()]):
        start = opening.start()
        if not re.match(r"\([a-z]+ ", message[start:]) and _unclosed(message[start:end.start()]):
            return start, end.end()
    return None


def _read_as(message: str, span: tuple[int, int], stand_in: str) -> str | None:
    """The line of `message` with the value at `span` read as `stand_in` (a value every form of its kind reads), the
    value then copied in its place: None when the line does not copy the stand-in exactly once."""
    start, end = span
    line = _error_message_zh(message[:start] + stand_in + message[end:])
    return line.replace(stand_in, message[start:end]) if line and line.count(stand_in) == 1 else None


def _error_message_zh(message: str) -> str | None:
    """engine_error_zh's line for an engine error's message, as text (_message_zh); for a message no form reads as it
    is, the message with a numpy text read as the text it holds (np.str_('DEV') as 'DEV', once in the message), or
    with a value shortened() cut read as one value (_cut_repr_span), each copied in the line as the message gives it."""
    line = _message_zh(message)
    if line is not None:
        return line
    if numpy := _NUMPY_TEXT.search(message):   # the text it holds, in its place: once in the message
        text = numpy.group("text")
        return _read_as(message, numpy.span(), text) if message.count(text) == 1 else None
    if _PRINTOUT not in message and (cut := _cut_repr_span(message)):
        opening = message[cut[0]]
        return _read_as(message, cut, opening + _PRINTOUT + _CLOSING[opening])
    return None


def _message_zh(message: str) -> str | None:
    """_error_message_zh's line for an engine error's message, as text: for an error a report quotes (good_practice's
    ESA row: 'not checked: contradictory simplifying assumptions (<the error>)'); None for a message of another form.
    A message joining several problems with ' | ' (the data's cells that are not numbers, missing, ...: one error for
    all of them) has each problem's line, joined so; none when one problem has none. The ending of a data error
    with the conditions taken from the data (_CONDITIONS_TAKEN: the columns to leave out) is said after the line of
    the error it ends. A value quoted as pandas prints it, over several lines (a DataFrame given where a number
    belongs: _printout_span), is read as one word, and copied as the message gives it."""
    printout = _printout_span(message) if ("\n" in message or "  " in message) and _PRINTOUT not in message else None
    if printout:
        start, end = printout
        line = _error_message_zh(message[:start] + _PRINTOUT + message[end:])
        return line and line.replace(_PRINTOUT, message[start:end])
    named = _SOURCE_NAMED.search(message)
    if named:
        line = _error_message_zh(message[:named.start()])
        return line and ("{}；名称与其集合不同的原始数据列，作为该集合的 source 给出：".format(line)
                         + (named.group("test") or f"{named.group('call')}，扫描文件中范围的 source: {named.group('key')}"))
    sheet = _OTHER_SHEET.search(message)
    if sheet:
        line = _error_message_zh(message[:sheet.start()])
        place = sheet.group("place")
        return line and (f"{line}；第 {place} 个工作表 {sheet.group('sheet')} 含有"
                         f"{'这一列' if sheet.group('what') == 'it' else '这些列'}："
                         + (f"{sheet.group('call')} 读取该工作表（命令行中为 {sheet.group('cli')} {place}；不加 sheet= 时"
                            f"读取第一个工作表 {sheet.group('first')}）" if sheet.group("call") else
                            f"{sheet.group('flag')} {place} 读取该工作表（不加 {sheet.group('flag')} 时读取第一个工作表 "
                            f"{sheet.group('read')}）"))
    taken = _CONDITIONS_TAKEN.search(message)
    if taken:
        line = _error_message_zh(message[:taken.start()])
        return line and (f"{line}；条件取自除结果和案例名称以外的每一列：若 {taken.group('odd')} 不是集合，请列出不含"
                         f"{'它' if taken.group('verb') == 'is' else '它们'}的条件："
                         + (f"{taken.group('how')}（命令行：{taken.group('cli')}）" if taken.group("how") else
                            taken.group("flag")))   # the command line's own ending: its flag alone
    if " | " in message:
        parts = [_error_message_zh(part) for part in message.split(" | ")]
        if all(parts):
            return " | ".join(parts)
    for _kind, form, said in ENGINE_ERRORS_ZH:
        found = form.match(message)
        if found:   # a quoted error's hints are said by its own line (_quoted_error_zh)
            line = said(found)
            hints = "" if found.re.groupindex.get("quoted") and found.group("quoted") else _hints_zh(message, found.span())
            if line is None:   # a form the table knows, with a part it cannot say in Chinese
                return None
            return line + (hints if not hints or hints.startswith("（") else f"；{hints}")
    placed = _placed_error_zh(message)
    flag = _FLAG_FIRST.match(message) if placed is None else None
    return _flag_error_zh(flag) if flag else placed


#: A command-line error that begins with its flag ('--exclude: row number 99 out of range ...', "--incl-cut must
#: lie in [0, 1], got '1.5'"): the command says the argument's own error with the flag in the argument's place.
_FLAG_FIRST = re.compile(r"--(?P<flag>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?=[: ])")


def _flag_error_zh(flag: re.Match) -> str | None:
    """The line of a command-line error that begins with its flag and has no form of its own: the error read as its
    argument's (--incl-cut as incl_cut), each time the line names the argument outside a quoted value said with the
    flag ('--incl-cut 必须在 0 到 1 之间'); None when the argument's error has no line, or its form does not read the
    command's words (a hint naming other flags, a value quoted otherwise): no line rather than a wrong one."""
    name, rest = flag.group("flag").replace("-", "_"), flag.string[flag.end():]
    if name == "dir_exp" and (said := re.match(r"( '[^']*'| \S+)? (give|name|need)s\b", rest)):
        # "--dir-exp '1' gives 1 value(s) ...": the engine's 'directional expectations ... give', which the command
        # line writes with its flag (cli_hints._cli_message)
        line = _error_message_zh(f"directional expectations{said.group(1) or ''} {said.group(2)}" + rest[said.end():])
        return line and re.sub(r"^方向性预期 ?", "--dir-exp ", line) if line and line.startswith("方向性预期") else None
    line = _error_message_zh(name + rest)
    if line is None:   # '--dir-exp: directional expectation ...': one value's error, the flag put before it by the
        # command line (cli_hints._cli_message)
        line = (_error_message_zh(rest[2:]) if rest.startswith((": directional expectation ",
                                                                 ": cannot read directional expectation ")) else None)
        return line and f"--{flag.group('flag')}：{line}"
    named = re.compile(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-=(])")
    return "".join(part if part.startswith("'") else named.sub("--" + flag.group("flag"), part)
                   for part in re.split(r"('[^']*')", line))


_READERS.append(_error_message_zh)   # the line of an error another error quotes

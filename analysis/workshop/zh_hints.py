"""The Chinese of the hints an engine's message ends with (`_hints_zh`): 'did you mean', a negation or a
full-width sign where QCA's syntax needs ASCII, a percentage, a decimal comma, R's c(...), a list
item of several conditions ...; and the forms of them the tables of errors read."""
from __future__ import annotations

import re

# The engine's errors a participant meets in the workshop's exercises, by kind and parameter: what each names
# (the parameter, the value given, the names meant), read from the message's fixed form, and said in Chinese with
# those names and values copied. An error of another form gets no Chinese line (engine_error_zh returns None).
#: A value as an error quotes it (errors.quoted, repr): a text, a tuple, a list or a dict (with blanks); a call-like printout
#: of numpy or pandas with blanks and brackets inside, as a program passes one where a number or a text belongs
#: ("array([nan, nan])", "Index(['DEV', 'URB'], dtype='str')", "Series([], dtype: float64)"); an object's repr in angle
#: brackets, up to the '>' the form's next words follow ('<Model M1: DEV*~IND + URB*STB>', '<NecessityResult SURV: ...
#: at inclN >= 0.9: LIT>', '<function f.<locals>.<lambda> at 0x7f>'); or a word.
_GIVEN = (r"(?P<value>'[^']*'|\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|[A-Za-z_][\w.]*\((?:[^()]|\([^()]*\))*\)"
          r"|<[A-Za-z][^\n]*?>|\S+?)")
_NEAR_HINT = re.compile(r"; (?:(?P<name>'[^']*'|\"[^\"]*\"): )?did you mean (?P<near>'[^']*'(?: or '[^']*')*)\?(?P<case> \(names are case-sensitive(?:; "
                        r"lowercase does not mean absence here: its negation is written (?P<negation>'[^']*'))?\))?"
                        r"(?P<blanks> \(the name given has blanks around it\))?"   # data_hints: ' DEV ' for 'DEV'
                        r"(?P<wide> \(the name given is written with full-width characters, typed with a Chinese input "
                        r"method, 全角(?P<wide_case>; names are case-sensitive)?\))?")   # data.full_width_name_hint
#: A frame's column of Chinese read in the wrong code page (data._gbk_names_hint: pd.read_csv(path, encoding='latin-1')
#: of a GBK file, '·¢Õ¹' for '发展'), said in place of a name meant: the column, what it reads as, the encoding.
_GBK_NAMES = re.compile(r"; column (?P<column>'[^']*'|\"[^\"]*\") is (?P<text>'[^']*'|\"[^\"]*\") read in the wrong code "
                        r"page \(Chinese text saved in GBK, as Excel on Chinese Windows saves 'CSV \(逗号分隔\)', read as "
                        r"Latin-1\): read the file with (?P<encoding>encoding='gb18030'), e\.g\. "
                        r"(?P<eg>pd\.read_csv\(path, encoding='gb18030'\))")
#: _NEAR_HINT and _GBK_NAMES as a part of a form (any number of them, no groups): the hints are said by _hints_zh.
_MEANT = ("(?:" + re.sub(r"\(\?P<\w+>", "(?:", _NEAR_HINT.pattern) + "|"
          + re.sub(r"\(\?P<\w+>", "(?:", _GBK_NAMES.pattern) + ")*")
_NOT_LISTED_NEGATED = re.compile(r"; list the conditions by name, without '~' \((?P<names>'[^']*'(?:, '[^']*')*)\): the "
                                 r"analysis considers each condition's presence and its absence")
_ITEM_NEGATED = re.compile(r"; list the conditions by name, without (?P<said>the full-width (?P<wide>tilde|hyphen-minus|"
                           r"exclamation mark) (?P<sign>'[^']') \(typed with a Chinese input method, 全角\)|the (?P<named>"
                           r"minus sign|wave dash) (?P<sign2>'[^']')|(?P<plain>'[^']*')): (?P<base>'[^']*'): the analysis "
                           r"considers each condition's presence and its absence")
_ITEM_NEGATED_ZH = {"tilde": "波浪号", "hyphen-minus": "连字减号", "exclamation mark": "感叹号", "minus sign": "减号",
                    "wave dash": "波浪线"}
#: data_hints._condition_item_hint: a condition named with an invisible character, or with a list's quotes or brackets
_ITEM_HIDDEN = re.compile(r"; (?P<given>'[^']*'|\"[^\"]*\") holds an invisible character \((?P<code>U\+[0-9A-F]{4,6}) "
                          r"(?P<name>[A-Z][A-Z -]*), copied from a web page or a document\): write (?P<write>'[^']*')")
_ITEM_LISTED = re.compile(r"; (?P<given>'[^']*'|\"[^\"]*\"): without the quotes or brackets of a list copied as text, "
                          r"(?P<write>'[^']*')")
_ONE_ITEM = re.compile(r"; each item of the list is one condition: (?P<parts>\[[^\[\]]*\]), not (?P<given>\[[^\[\]]*\])")
_DIR_EXP_SYNTAX = re.compile(r"write NAME=VALUE pairs \(e\.g\. (?P<pairs>'[^']*')\), one value per condition in order "
                             r"\((?P<order>'[^']*')\) or literals \((?P<literals>'[^']*')\)")
_CUT_PAIR = re.compile(r": (?:give two cut-offs as a pair, (?P<pair>incl_cut=\([^()]*\))|R's vector c\(\.\.\.\) copied as "
                       r"text; write (?:(?P<r>incl_cut=(?:\([^()]*\)|[^,\s]+))(?P<what>, a pair of numbers \(ic1, ic0\)|, a number)?|one "
                       r"number or a pair of numbers \(ic1, ic0\), e\.g\. (?P<eg>incl_cut=\([^()]*\)))|"
                       r"a decimal comma\? write (?P<num>[\d.]+); two "
                       r"cut-offs are a pair, e\.g\. (?P<example>incl_cut=\([^()]*\)))")
# (not a calibration range's "(conditions: ...; outcome: ...)", which its own form says)
_LISTED = re.compile(r"\((?P<what>columns|conditions|its arguments): (?P<names>(?:(?!; outcome: )[^()])*)\)")
_PERCENT = re.compile(r"[;:] a percentage\? write (?P<write>[\d.]+(?:, [\d.]+)*)$")
_DECIMAL_COMMA = re.compile(r": a decimal comma\? write (?P<write>[+-]?\d+\.\d+)$")   # checks.decimal_comma_hint
_AS_TEXT = re.compile(r"[:;] write (?P<write>[^,]+(?:, [^,]+)*), a number, not the text (?P<text>.+)$")
_WIDE = re.compile(r"; (?P<said>'[^']' -> '[^']'(?:, '[^']' -> '[^']')*): QCA's syntax needs the ASCII character, not "
                   r"the full-width one \(typed with a Chinese input method, 全角\)(?:, e\.g\. (?P<example>'[^']*'))?")
_NOT_TILDE = re.compile(r"; a negation is written with the ASCII tilde '~': (?P<negation>'[^']*'), not with "
                        r"(?P<said>the full-width [^']*|the minus sign |the wave dash )?(?P<sign>'[^']*')(?: \(typed with a Chinese input "
                        r"method, 全角\))?")
#: How the engine names a sign written for 'not' (_NOT_TILDE's said), in Chinese.
_NOT_SAID_ZH = {"the minus sign ": "减号 ", "the wave dash ": "波浪线 "}
_SEPARATED = re.compile(r"; conditions are separated by commas: (?P<write>'[^']*'), not by (?P<sign>'[^']*'(?: or "
                        r"'[^']*')*|a space)(?P<boolean> \(each condition is one column; an expression such as "
                        r"'DEV\*URB' is what pof and --expression read, not a condition\))?")
_OPERATOR = re.compile(r"; a (?P<op>conjunction \(and\)|disjunction \(or\)) is written (?P<sign>'[^']*')"
                       r"(?:: (?P<write>'[^']*'))?, not with (?P<wrong>'[^']*')")
_WORDS_OPERATOR = re.compile(r"; QCA writes 'and' as '\*' and 'or' as '\+': (?P<write>'[^']*'), not with "
                             r"(?P<wrong>'[^']*'(?: / '[^']*')*)")   # data._operator_hint: 'DEV OR URB'
_R_VECTOR = re.compile(r": R's vector c\(\.\.\.\) copied as text; write (?P<write>'[^']*')$")
_IN_BRACKETS = re.compile(r"; a condition's value is written in brackets: (?P<said>\S+) for (?P<given>'[^']*') \(R QCA's "
                          r"multi-value notation; NAME=VALUE pairs are dir_exp's form\)(?:; on a crisp or fuzzy set "
                          r"(?P<cond>[^\[\s]+)\[1\] is \S+, \S+\[0\] is ~\S+?)?(?=;| \(|$)")
_COMMA_JOINS = re.compile(r"; (?:(?P<wide>'[^']') is a (?P<kind>full-width comma|full-width semicolon|Chinese "
                          r"enumeration comma \(顿号\)), and )?(?P<joiner>','|a list) joins nothing in an expression: write "
                          r"(?P<any>'[^']*') \(any of them: terms are joined by '\+'\)(?: or (?P<all>'[^']*') \(all of "
                          r"them: '\*' within a term\))?")
_NOT_WHOLE = re.compile(r"(?:; write (?P<write>-?\d+) \(a whole number, not the float (?P<float>[^()]+)\)| "
                        r"\((?P<fraction>-?\d+/\d+) is not a whole number\))$")
#: _WIDE as a part of a form, at most once (no groups): the hint is said by _hints_zh.
_WIDE_ANY = "(?:" + re.sub(r"\(\?P<\w+>", "(?:", _WIDE.pattern) + ")?"
_WIDE_DIGITS = re.compile(r"; write (?P<write>\S+) \(digits 0-9 only: no full-width or other non-ASCII digits\)")
_MINUS = re.compile(r"; write (?P<write>-\S+) \(an ASCII '-': (?P<sign>'[^']') is (?P<what>[^(),]+), as a document or "
                    r"web page writes it\)$")
#: checks.MINUS_SIGNS in Chinese, as _MINUS reads them.
_KEPT_QUOTES = re.compile(r"; the value (?P<value>.+?) kept its quotes \((?P<why>Windows' cmd\.exe quotes with double "
                          r"quotes only|typographic quotes, copied from a document, are no quotes to a shell)\): write "
                          r"(?P<write>\"[^\"]*\") \(double quotes\) or (?P<bare>.+)$")   # cli_hints._kept_quotes_hint
_MINUS_ZH = {"the Unicode minus sign": "统一码（Unicode）减号", "an en dash": "短破折号（en dash）",
             "an em dash": "长破折号（em dash）", "a small hyphen-minus": "小号连字减号",
             "a full-width hyphen-minus": "全角连字减号"}
_OUTCOME_GIVEN = re.compile(r"; (?P<given>'[^']*') is the outcome, which is not an argument here: the solution holds its "
                            r"outcome \((?P<outcome>'[^']*'); for (?P<negated>~\S+), minimise the truth table of "
                            r"(?P<table>'[^']*')\), so leave it out; (?P<argument>.+?)$")
#: What the argument is, as the engine says it after the outcome given in its place (outcome_given_hint), in Chinese.
_ARGUMENT_ZH = {
    "the second argument is cases, the type of cases, e.g. smmr(sol, 'typical')":
        "第二个参数是 cases，即案例类型，例如 smmr(sol, 'typical')",
    "model is the number of the model, 1 for M1": "model 是模型的编号，M1 为 1",
    "the second argument is the kind of pairs, e.g. smmr_pairs(sol, 'typical-typical')":
        "第二个参数是案例对的类型，例如 smmr_pairs(sol, 'typical-typical')",
}


#: What a word written for a directional expectation means (minimize._DIR_EXP_MEANING), in Chinese.
_DIR_EXP_MEANING_ZH = {"expected present": "预期存在", "expected absent": "预期缺失", "no expectation": "无预期"}
#: calibrate's hint for thresholds typed with decimal commas ('0,2, 0,55, 0,85': each number read as two), read at the
#: end of a message on the number or order of the thresholds, and its Chinese (_decimal_thresholds_zh).
_DECIMAL_THRESHOLDS = (r"(?P<decimal>; decimal commas\? ',' separates the thresholds, so each number was read as two(?:: "
                       r"write (?P<pairs>'[^']*')|; write numbers with a point, e\.g\. (?P<example>'[^']*')))?")


def _decimal_thresholds_zh(m: re.Match) -> str:
    if not m.group("decimal"):
        return ""
    return ("；是小数逗号吗？',' 用来分隔各临界值，所以每个数被读成了两个："
            + (f"请写 {m.group('pairs')}" if m.group("pairs") else f"请用小数点写数字，例如 {m.group('example')}"))


def _hints_zh(message: str, line_span: tuple[int, int] | None = None) -> str:
    """The hints of an engine message the workshop knows, in Chinese: the names meant ('did you mean'), that names
    are case-sensitive and how a negation is written, a percentage, a number written as text or with a minus sign
    copied from a document ('−8'); '' for none. The hints are said in the order the message gives them (by where
    each stands in it), as the English reads them: a 'did you mean' after a full-width character's hint stays after
    it (it was said first, whatever the English's order). `line_span`: where in the message the text the Chinese
    line says stands (its form's match); every other part of the message that no hint here says is then kept in
    English where it stands (_unsaid), so that a hint the workshop cannot translate is not silently left out."""
    said: dict[int, list[str]] = {}
    spans: list[tuple[int, int]] = [] if line_span is None else [line_span]

    def say(found: re.Match, text: str) -> None:
        said.setdefault(found.start(), []).append(text)
        spans.append(found.span())

    for near in _NEAR_HINT.finditer(message):   # one per name: 'dev, urb' -> 'DEV' and 'URB', each named when said
        say(near, f"{near.group('name') + '：' if near.group('name') else ''}是否想写 "
                  f"{near.group('near').replace(' or ', ' 或 ')}？")
        if near.group("case"):
            say(near, "（名称区分大小写" + (f"；小写并不表示缺失，否定写作 {near.group('negation')}"
                                           if near.group("negation") else "") + "）")
        if near.group("blanks"):
            say(near, "（所给名称前后有空格）")
        if near.group("wide"):
            say(near, "（所给名称含全角字符（中文输入法输入）" + ("；名称区分大小写" if near.group("wide_case") else "") + "）")
    garbled = _GBK_NAMES.search(message)
    if garbled:
        say(garbled, f"列 {garbled.group('column')} 即 {garbled.group('text')}，但按错误的代码页读取（以 GBK 保存的中文文本，"
                     "如中文 Windows 上 Excel 另存的“CSV (逗号分隔)”，被当作 Latin-1 读取）：请用 "
                     f"{garbled.group('encoding')} 读取该文件，例如 {garbled.group('eg')}")
    negated = _NOT_LISTED_NEGATED.search(message)
    if negated:
        say(negated, f"条件只写名称，不加 '~'（{negated.group('names')}）：分析会同时考虑每个条件的存在与缺失")
    for item in _ITEM_NEGATED.finditer(message):   # ['～URB']: 'URB', listed without a negation
        sign = (f"全角的{_ITEM_NEGATED_ZH[item.group('wide')]} {item.group('sign')}（中文输入法输入）" if item.group("wide") else
                f"{_ITEM_NEGATED_ZH[item.group('named')]} {item.group('sign2')}" if item.group("named") else
                " " + item.group("plain"))
        say(item, f"条件只写名称，不加{sign}：{item.group('base')}：分析会同时考虑每个条件的存在与缺失")
    for item in _ITEM_HIDDEN.finditer(message):   # 'DEV\u200b': the name without the invisible character
        say(item, f"{item.group('given')} 含有不可见字符（{item.group('code')} {item.group('name')}，从网页或文档中复制而来）："
                  f"请写 {item.group('write')}")
    for item in _ITEM_LISTED.finditer(message):   # "'DEV'", '[DEV': a list's quotes or brackets copied as text
        say(item, f"{item.group('given')}：请去掉照搬成文本的列表的引号或括号，写 {item.group('write')}")
    for item in _ONE_ITEM.finditer(message):   # ['DEV, URB']: one condition an item
        say(item, f"列表的每一项是一个条件：{item.group('parts')}，而不是 {item.group('given')}")
    syntax = _DIR_EXP_SYNTAX.search(message)
    if syntax:
        say(syntax, f"请写成“名称=值”对（如 {syntax.group('pairs')}）、按条件的顺序每个条件一个值（{syntax.group('order')}）"
                    f"或文字项（{syntax.group('literals')}）")
    pair = _CUT_PAIR.search(message)
    if pair:
        say(pair, f"两个阈值请写成一对：{pair.group('pair')}" if pair.group("pair") else
                  f"这是照搬成文本的 R 向量 c(...)：请写 {pair.group('r')}"
                  + {", a pair of numbers (ic1, ic0)": "，即一对数 (ic1, ic0)", ", a number": "，即一个数",
                     None: ""}[pair.group("what")] if pair.group("r") else
                  f"这是照搬成文本的 R 向量 c(...)：请写一个数或一对数 (ic1, ic0)，例如 {pair.group('eg')}" if pair.group("eg") else
                  f"是小数逗号吗？请写 {pair.group('num')}；两个阈值写成一对，例如 {pair.group('example')}")
    wide = _WIDE.search(message)
    if wide:
        pairs = re.findall(r"'([^'])' -> '([^'])'", wide.group("said"))
        say(wide, "、".join(f"'{a}'" for a, _ in pairs) + " 是中文输入法输入的全角字符：QCA 的语法需要半角（ASCII）的 "
                  + "、".join(f"'{b}'" for _, b in pairs)
                  + (f"，例如 {wide.group('example')}" if wide.group("example") else ""))
    negation = _NOT_TILDE.search(message)
    if negation:
        said_as = negation.group("said") or ""
        say(negation, f"否定用半角（ASCII）的波浪号 '~' 写作 {negation.group('negation')}，而不是"
                      + ("全角的 " if said_as.startswith("the full-width") else _NOT_SAID_ZH.get(said_as, " "))
                      + negation.group("sign"))
    separated = _SEPARATED.search(message)
    if separated:
        sign = separated.group("sign")
        say(separated, f"条件之间用逗号分隔，写作 {separated.group('write')}，而不是"
                       + ("空格" if sign == "a space" else " " + sign.replace(" or ", " 或 "))
                       + ("（每个条件是一列；像 'DEV*URB' 这样的表达式由 pof 和 --expression 读取，不是条件）"
                          if separated.group("boolean") else ""))
    operator = _OPERATOR.search(message)
    if operator:
        say(operator, f"{'“与”（合取）' if operator.group('op').startswith('conjunction') else '“或”（析取）'}写作 "
                      f"{operator.group('sign')}" + (f"：{operator.group('write')}" if operator.group("write") else "")
                      + f"，而不是 {operator.group('wrong')}")
    words = _WORDS_OPERATOR.search(message)
    if words:
        say(words, f"QCA 把“与”写作 '*'，把“或”写作 '+'：{words.group('write')}，而不是 {words.group('wrong')}")
    minus = _MINUS.search(message)
    if minus and minus.group("what") in _MINUS_ZH:
        say(minus, f"请写 {minus.group('write')}（用半角 ASCII 的 '-'：{minus.group('sign')} 是"
                   f"{_MINUS_ZH[minus.group('what')]}，文档或网页中常这样写）")
    digits = _WIDE_DIGITS.search(message)
    if digits:
        say(digits, f"请写 {digits.group('write')}（只用半角数字 0-9，不用全角数字）")
    for value in _IN_BRACKETS.finditer(message):   # 'DEV=1' in an expression: DEV[1]
        cond = value.group("cond")
        say(value, f"条件的取值写在方括号中：{value.group('given')} 写作 {value.group('said')}（R QCA 的多值写法；“名称=值”对是 "
                   "dir_exp 的写法）" + (f"；在清晰集或模糊集中 {cond}[1] 即 {cond}，{cond}[0] 即 ~{cond}" if cond else ""))
    for comma in _COMMA_JOINS.finditer(message):   # 'DEV,URB' in an expression
        kind = {"full-width comma": "全角逗号", "full-width semicolon": "全角分号"}.get(comma.group("kind"), "顿号")
        say(comma, (f"{comma.group('wide')} 是{kind}，而 " if comma.group("wide") else "")
            + ("列表" if comma.group("joiner") == "a list" else "',' ")
            + f"在表达式中不连接任何东西：请写 {comma.group('any')}（其中任一：项之间用 '+' 相连）"
            + (f"或 {comma.group('all')}（全部：项内用 '*' 相连）" if comma.group("all") else ""))
    r_vector = _R_VECTOR.search(message)
    if r_vector:
        say(r_vector, f"这是照搬成文本的 R 向量 c(...)：请写 {r_vector.group('write')}")
    whole = _NOT_WHOLE.search(message)
    if whole:
        say(whole, f"请写 {whole.group('write')}（整数，而不是浮点数 {whole.group('float')}）" if whole.group("write")
                   else f"（{whole.group('fraction')} 不是整数）")
    percent = _PERCENT.search(message)
    if percent:
        say(percent, f"是百分数吗？请写 {percent.group('write')}")
    decimal = _DECIMAL_COMMA.search(message)
    if decimal:
        say(decimal, f"是小数逗号吗？请写 {decimal.group('write')}")
    given = _OUTCOME_GIVEN.search(message)
    if given and given.group("argument") in _ARGUMENT_ZH:
        say(given, f"{given.group('given')} 是结果，不是这里的参数：解本身带有它的结果（{given.group('outcome')}；要分析 "
                   f"{given.group('negated')}，请对 {given.group('table')} 的真值表最小化），因此请去掉它；"
                   f"{_ARGUMENT_ZH[given.group('argument')]}")
    text = _AS_TEXT.search(message)
    if text:
        say(text, f"请写数字 {text.group('write')}，不要写成文本 {text.group('text')}")
    kept = _KEPT_QUOTES.search(message)
    if kept:
        say(kept, f"值 {kept.group('value')} 保留了引号（"
                  + ("Windows 的 cmd.exe 只认双引号" if kept.group("why").startswith("Windows") else
                     "从文档复制的排版引号，shell 不把它当作引号") + f"）：请写 {kept.group('write')}（双引号）或 "
                  + kept.group("bare"))
    listed = _LISTED.search(message)
    if listed:
        what = {"columns": "数据的列", "conditions": "条件", "its arguments": "其参数"}[listed.group("what")]
        before = message[:listed.start()]   # the raw data's columns, or a file's, named as the English names them
        what = ("原始数据的列" if what == "数据的列" and "not in the raw data" in before else
                f"{'文件' if found.group(1) == 'file' else '输入'}的列"
                if what == "数据的列" and (found := re.search(r"not in the (file|input)(?!.* not in the)", before)) else what)
        say(listed, f"（{what}：{listed.group('names')}）")
    if line_span is not None:
        for at, english in _unsaid(message, spans):   # kept in English: no hint of the message goes unsaid
            said.setdefault(at, []).append(english)
    joined = ""
    for s in (hint for at in sorted(said) for hint in said[at]):   # '；' between hints, none before a bracket or after
        # a question ('是否想写 'DEV'？条件只写...')
        joined += s if not joined or s.startswith("（") or joined.endswith("？") else f"；{s}"
    return joined


def _unsaid(message: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The parts of `message` outside `spans` (the text a Chinese line and its hints say) that hold a word: each
    (where it starts, its text without the '; ' or blanks around it). A part of punctuation alone (the '; ' between
    two hints said, a closing bracket) is none."""
    covered = [False] * len(message)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    parts, start = [], None
    for i, done in enumerate([*covered, True]):
        if not done and start is None:
            start = i
        elif done and start is not None:
            text = message[start:i].strip("; :")
            if re.search(r"\w", text):
                parts.append((start, text))
            start = None
    return parts

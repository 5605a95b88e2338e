"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the files a researcher gives: a
data file (not found, its separator, encoding, header, title or notes, bytes that are no text, another format),
workbooks and their sheets, and the calibration and sweep files (their YAML or JSON, keys, suffix, encoding)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _DAMAGED_WHAT_ZH, _FILE_KINDS_ZH, _sheets_zh, _YAML_NUMBER_ZH

FILES_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("a file's keys: unknown",   # _near.unknown_keys: a calibration file's set, a sweep file, its test or range
     # a key holding a quote is said in double quotes ("thresholds:'e=350": YAML's {thresholds:'e=350, ...} without
     # the blank after ':')
     re.compile(r"unknown (?P<what>key|argument)\(s\) (?P<keys>(?:'[^']*'|\"[^\"]*\")(?: \(a full-width colon '：', typed "
                r"with a Chinese input method, 全角: write '[^']*' with the ASCII ':' and a blank after it\)| \(written with "
                r"'=', R's assignment: write '[^']*' with ':' and a blank after it\))?(?:, (?:'[^']*'|"
                r"\"[^\"]*\")(?: \(a full-width colon '：', typed with a Chinese input method, 全角: write '[^']*' with the "
                r"ASCII ':' and a blank after it\)| \(written with '=', R's assignment: write '[^']*' with ':' and a blank "
                r"after it\))?)*)(?:; (?:(?:'[^']*'|\"[^\"]*\"): )?did you mean '[^']*'(?: or '[^']*')*\?)*"
                r"; allowed: "
                r"(?P<allowed>[^;]+)(?:; (?:thresholds|(?P<r>R's vector c\(\.\.\.\))) left unquoted in a YAML "
                r"\{\.\.\.\}\? YAML ends a value at ',' and reads (?P<read>.+?) as (?:keys|a key): (?:quote the "
                r"thresholds(?(r) without c\( \)|), (?P<write>thresholds: '[^']*')|(?(r)write a YAML list, "
                r"(?P<list>\w+: \[[^\[\]]*\])|(?!))))?$"),
     lambda m: (f"未知的{'键' if m.group('what') == 'key' else '参数'} "
                + re.sub(r" \(written with '=', R's assignment: write ('[^']*') with ':' and a blank after it\)",
                         r"（用 '=' 写的，这是 R 的赋值写法：请写 \1，用 ':'，其后加一个空格）",
                         re.sub(r" \(a full-width colon '：', typed with a Chinese input method, 全角: write ('[^']*') with "
                                r"the ASCII ':' and a blank after it\)", r"（含全角冒号 '：'，中文输入法输入：请写 \1，用半角的 ':'，"
                                r"其后加一个空格）", m.group("keys")))
                + f"（可用的{'键' if m.group('what') == 'key' else '参数'}：{m.group('allowed')}）"
                + ("；是 YAML 的 {...} 中没有加引号的" + (" R 向量 c(...) " if m.group("r") else "临界值")
                   + f"吗？YAML 在 ',' 处结束一个值，把 {m.group('read')} 读成了键：请给临界值加上引号"
                   f"{'，并去掉 c( )' if m.group('r') else ''}，{m.group('write')}" if m.group("write") else "")
                + (f"；是 YAML 的 {{...}} 中没有加引号的 R 向量 c(...) 吗？YAML 在 ',' 处结束一个值，把 {m.group('read')} "
                   f"读成了键：请写成 YAML 列表 {m.group('list')}" if m.group("list") else ""))),
    ("a file's key given twice",   # read.read_spec_file: a calibration or sweep file's key written twice
     re.compile(r"key (?P<key>'[^']*'|\S+) is given twice \(lines (?P<a>\d+) and (?P<b>\d+)\); give each key once \(YAML "
                r"keeps the last value without a word\)$"),
     lambda m: (f"键 {m.group('key')} 写了两次（第 {m.group('a')} 行和第 {m.group('b')} 行）；每个键只写一次（YAML 会不声不响地"
                "只保留最后一个值）")),
    ("a file's YAML syntax",   # read.read_spec_file: a calibration or sweep file that does not parse
     re.compile(r"not valid YAML \((?:line (?P<line>\d+), column (?P<col>\d+): )?(?P<what>.+?)(?: \((?P<context>while "
                r"[^()]+) from line (?P<cline>\d+), column (?P<ccol>\d+)\))?(?P<tab>; indent with spaces, not tabs)?"
                r"(?:; line (?P<wline>\d+) has full-width punctuation \(typed with a Chinese input method, 全角\): "
                r"(?P<wide>.+?); the file's syntax needs the ASCII \(半角\) characters)?(?:; line (?P<rline>\d+) has "
                r"R's vector (?P<rvec>c\(.*?\)): write a YAML list, (?P<rlist>\[[^\[\]]*\]))?(?:; line (?P<eline>\d+) writes "
                r"(?P<eq>'[^']*') with '=' \(R's assignment\): YAML writes a key and its value as (?P<ewrite>'[^']*'))?\)$"),
     lambda m: ("不是有效的 YAML（" + (f"第 {m.group('line')} 行第 {m.group('col')} 列：" if m.group("line") else "")
                + f"解析器：{m.group('what')}"
                + (f"（{m.group('context')}，始于第 {m.group('cline')} 行第 {m.group('ccol')} 列）" if m.group("context")
                   else "")
                + ("；请用空格缩进，不要用制表符（Tab）" if m.group("tab") else "")
                + (f"；第 {m.group('wline')} 行有全角标点（中文输入法输入）：{m.group('wide')}；文件的语法需要半角（ASCII）字符"
                   if m.group("wide") else "")
                + (f"；第 {m.group('rline')} 行有 R 的向量 {m.group('rvec')}：请写成 YAML 列表 {m.group('rlist')}"
                   if m.group("rline") else "")
                + (f"；第 {m.group('eline')} 行 {m.group('eq')} 用了 '='（R 的赋值写法）：YAML 中键和值写作 "
                   f"{m.group('ewrite')}" if m.group("eline") else "") + "）")),
    ("a file's JSON syntax",   # read.read_spec_file: a calibration or sweep file (.json) that does not parse
     re.compile(r"not valid JSON \((?P<what>.+?): line (?P<line>\d+) column (?P<col>\d+) \(char \d+\)"
                r"(?:; line (?P<wline>\d+) has full-width punctuation \(typed with a Chinese input method, 全角\): "
                r"(?P<wide>.+?); the file's syntax needs the ASCII \(半角\) characters)?\)$"),
     lambda m: (f"不是有效的 JSON（第 {m.group('line')} 行第 {m.group('col')} 列：解析器：{m.group('what')}"
                + (f"；第 {m.group('wline')} 行有全角标点（中文输入法输入）：{m.group('wide')}；文件的语法需要半角（ASCII）字符"
                   if m.group("wide") else "") + "）")),
    ("a file's path that is no text",   # read.path_text: read_data(df), read_data(open(...)), read_spec_file(None)
     re.compile(r"the path of (?P<what>the data file|an? [\w ]+?) (?:is None: give it as text, e\.g\. (?P<none>.+)|must be "
                r"text \(e\.g\. (?P<eg>.+?)\) or a pathlib\.Path, got (?:a DataFrame of shape (?P<shape>\(\d+, \d+\))"
                r"(?P<frame>: those are data read already; give the frame itself to the analysis, e\.g\. (?P<tt>truth_table"
                r"\(df, outcome='Y', conditions=\[\.\.\.\]\)) \(its index holds the case names, or (?P<case>case_column="
                r"'NAME') names a column of them\))?|a Series(?: (?P<name>'[^']*'))? of (?P<n>\d+) values?(?:: those are "
                r"data read already; give the DataFrame holding it to the analysis, e\.g\. (?P<stt>truth_table\(df, "
                r"outcome='Y', conditions=\[\.\.\.\]\)), or calibrate the column, (?P<cal>calibrate\(df\['X'\], "
                r"thresholds=\.\.\.\)))?|a Series of shape (?P<sshape>\(\d+,\))|an open file \((?P<kind>\w+)\): give its "
                r"path, (?P<path>'[^']*'|\S+), not the file object|a file object \((?P<obj>\w+)\) without a path: save the "
                r"text to a file and give its path|(?P<type>\w+) (?P<value>.+)))$"),
     lambda m: (("数据文件" if m.group("what") == "the data file" else
                 {"a specification": "规格文件", "a sweep specification": "扫描规格文件",
                  "a calibration specification": "校准规格文件"}.get(m.group("what"), m.group("what")))
                + ("的路径是 None：请把它写成文本，例如 " + m.group("none") if m.group("none") else
                   f"的路径必须是文本（例如 {m.group('eg')}）或 pathlib.Path，现为"
                   + (f"形状为 {m.group('shape')} 的 DataFrame"
                      + (f"：这已经是读入的数据；请把这个数据框直接交给分析，例如 {m.group('tt')}（案例名称在它的索引中，或用 "
                         f"{m.group('case')} 指出案例名称所在的列）" if m.group("frame") else "")
                      if m.group("shape") else
                      f"形状为 {m.group('sshape')} 的 Series" if m.group("sshape") else
                      (f" Series {m.group('name')}" if m.group("name") else " Series") + f"（{m.group('n')} 个值）"
                      + (f"：这已经是读入的数据；请把包含它的 DataFrame 交给分析，例如 {m.group('stt')}，或校准这一列，"
                         f"{m.group('cal')}" if m.group("stt") else "")
                      if m.group("n") else
                      f"一个打开的文件（{m.group('kind')}）：请给出它的路径 {m.group('path')}，而不是文件对象"
                      if m.group("kind") else
                      f"一个没有路径的文件对象（{m.group('obj')}）：请把文本存为文件，再给出它的路径" if m.group("obj") else
                      f" {m.group('type')} {m.group('value')}")))),
    ("a file not found",   # read_data, read_spec_file, the commands' --spec and --raw (read.missing_file_hint)
     re.compile(r"(?P<path>.+?): file not found(?:; looked for as (?P<abs>.+) \(a relative path is read from the folder "
                r"the command runs in\): give the file's full path|(?P<near>; did you mean '[^']*'(?: or '[^']*')*\? "
                r"\((?:file names are case-sensitive|(?P<blank>the name given has a blank at its start or end))\))|; '~' is not your home folder here \(the shell expands it only outside "
                r"quotes\): write the full path, e\.g\. (?P<eg>\".+?\")(?: \((?P<home>.+) exists\))?|(?P<tilde>; '~' is "
                r"not expanded here \(the shell expands it only outside quotes\): write the full path)|; the folder "
                r"(?P<folder>.+) does not exist|; (?P<above>.+) is a file, not a folder|; it is a symbolic link to "
                r"(?P<target>.+), which does not exist|(?P<loop>; it is a symbolic link that leads to itself \(a loop\)))?$"),
     lambda m: (f"{m.group('path')}：找不到文件"
                + (f"；查找的位置是 {m.group('abs')}（相对路径从运行命令的文件夹算起）：请给出文件的完整路径" if m.group("abs")
                   else "（给出的文件名首尾有空格）" if m.group("blank")
                   else "（文件名区分大小写）" if m.group("near")   # the names meant: said by _hints_zh, after
                   else (f"；这里的 '~' 不是你的主文件夹（shell 只在引号之外展开它）：请写完整路径，例如 {m.group('eg')}"
                         + (f"（{m.group('home')} 存在）" if m.group("home") else "")) if m.group("eg")
                   else "；这里的 '~' 不会被展开（shell 只在引号之外展开它）：请写完整路径" if m.group("tilde")
                   else f"；文件夹 {m.group('folder')} 不存在" if m.group("folder")
                   else f"；{m.group('above')} 是文件，不是文件夹" if m.group("above")
                   else f"；它是指向 {m.group('target')} 的符号链接，而该目标不存在" if m.group("target")
                   else "；它是指向自身的符号链接（循环）" if m.group("loop") else ""))),
    ("a file's number or yes/no read otherwise by YAML",   # read.read_spec_file: NO, 1_000, 010 unquoted
     re.compile(r"line (?P<line>\d+), column (?P<col>\d+): (?P<text>.+?) is read by YAML as (?P<read>\S+) \((?:(?P<bool>"
                r"YAML 1\.1 reads yes/no/on/off as true/false)|(?P<why>digits grouped with '_'|':' makes it a base-60 "
                r"number|hexadecimal|binary|octal|a leading 0 makes it octal))\); (?:quote it \((?P<quote>'[^']*'|\"[^\"]*\")\) "
                r"if it is a name or a case ID, or write (?P<write>true|false)|(?:write (?P<plain>\S+) \(digits 0-9 only\)|"
                r"(?P<decimal>write the number in decimal digits)), or quote it \((?P<quoted>'[^']*'|\"[^\"]*\")\) if it is a "
                r"name or a case ID)$"),
     lambda m: (f"第 {m.group('line')} 行第 {m.group('col')} 列：YAML 把 {m.group('text')} 读作 {m.group('read')}（"
                + ("YAML 1.1 把 yes/no/on/off 读作 true/false" if m.group("bool") else _YAML_NUMBER_ZH[m.group("why")])
                + (f"）；若它是名称或案例标识，请加引号（{m.group('quote')}），否则请写 {m.group('write')}" if m.group("bool")
                   else "）；请" + (f"写 {m.group('plain')}（只用数字 0-9）" if m.group("plain") else "用十进制数字写这个数")
                   + f"，若它是名称或案例标识，则请加引号（{m.group('quoted')}）"))),
    ("a file separated by ';' or a tab",   # read_data: a CSV of Excel in a locale with decimal commas, a .tsv
     re.compile(r"the header is one column (?P<header>'[^']*'|\"[^\"]*\"): the (?:file|input) looks separated by (?:';', "
                r"not commas \(Excel in a locale with decimal commas writes ';' and 0,8 in every CSV it saves, 'CSV UTF-8 "
                r"\(comma delimited\)' too\): give the workbook \(\.xlsx\) itself, which the engine reads, or convert it: "
                r"in R, (?P<r>write\.csv\(read\.csv2\(path\), new, row\.names = FALSE\)); in Python, (?P<py>pandas\."
                r"read_csv\(path, sep=';', decimal=','\)\.to_csv\(new, index=False\))|(?P<tab>a tab, not commas \(Excel's "
                r"'Text \(Tab delimited\)', a \.tsv file\); save it as 'CSV UTF-8 \(comma delimited\)' with '\.' as "
                r"decimal separator))$"),
     lambda m: (f"表头只有一列 {m.group('header')}："
                + ("文件看来是用制表符而不是逗号分隔的（Excel 的“文本文件(制表符分隔)”，或 .tsv 文件）；请另存为 'CSV UTF-8 (逗号分隔)'，"
                   "以 '.' 作小数点" if m.group("tab") else
                   "文件看来是用 ';' 而不是逗号分隔的（小数用逗号的地区设置下，Excel 保存的每个 CSV 都写 ';' 和 0,8，'CSV UTF-8 "
                   "(逗号分隔)' 也一样）：请直接给出工作簿（.xlsx），引擎可以读取；或者转换它：在 R 中用 "
                   f"{m.group('r')}；在 Python 中用 {m.group('py')}"))),
    ("a file separated by '|' or blanks",   # read_data: a database or SAS export, R's write.table(), a pasted table
     re.compile(r"the header is one column (?P<header>'[^']*'|\"[^\"]*\"): the (?P<what>file|input) looks separated by "
                r"(?:(?P<pipe>'\|', not commas \(a database or SAS export\?\);)|blanks, not commas \(R's write\.table\(\), "
                r"whose default sep is ' ', or a table copied as text\); in R write it with (?P<r>write\.csv\(data, "
                r"'file\.csv'\)),) (?:or )?save it as 'CSV UTF-8 \(comma delimited\)'$"),
     lambda m: (f"表头只有一列 {m.group('header')}：{'文件' if m.group('what') == 'file' else '输入'}看来是用"
                + (" '|' 而不是逗号分隔的（数据库或 SAS 导出的文件？）；请另存为 'CSV UTF-8 (逗号分隔)'" if m.group("pipe") else
                   "空格而不是逗号分隔的（R 的 write.table()，其默认 sep 为 ' '；或从别处复制的文本表格）；在 R 中请用 "
                   f"{m.group('r')} 写出，或另存为 'CSV UTF-8 (逗号分隔)'"))),
    ("a file's line of another width",   # read._header: decimal commas unquoted, a short row, trailing commas
     re.compile(r"line (?P<line>\d+) has (?P<n>\d+) cells?, the header (?P<w>\d+): (?:(?P<more>more cells than columns; "
                r"unquoted decimal commas \(0,8\) or a comma inside a name are the usual causes: write decimals with a "
                r"point and quote names)|fewer cells than columns; (?:its cells are separated by full-width commas "
                r"(?P<wide>'.') \(U\+(?P<code>[0-9A-F]{4}), typed with a Chinese input method, 全角\), not ASCII commas ',': "
                r"replace them with ','|(?P<short>fill or remove the short row))|it ends with (?P<k>\d+) empty cells? \(a "
                r"trailing ','\) the header has no column for; remove the trailing commas from the data lines, or end the "
                r"header with as many)$"),
     lambda m: (f"第 {m.group('line')} 行有 {m.group('n')} 个单元格，表头有 {m.group('w')} 个："
                + ("单元格多于列数；常见原因是未加引号的小数逗号（0,8）或名称中的逗号：请用小数点写小数，并给名称加引号"
                   if m.group("more") else
                   "单元格少于列数；请补全或删除这一短行" if m.group("short") else
                   f"单元格少于列数；其单元格是用全角逗号 {m.group('wide')}（U+{m.group('code')}，中文输入法输入）分隔的，而不是半角"
                   "（ASCII）逗号 ','：请把它们替换为 ','" if m.group("wide") else
                   f"它以 {m.group('k')} 个空单元格结尾（多余的 ','），表头没有对应的列；请删除数据行末尾的逗号，或在表头末尾加上"
                   "同样多的逗号"))),
    ("a file's header ending in commas",   # read._trailing_commas: 'case,DEV,...,SURV,' above rows without it
     re.compile(r"the header \(line (?P<line>\d+)\) ends with (?P<k>\d+) empty names? \(a trailing ','\) that line "
                r"(?P<row>\d+) has no cell for; remove the trailing commas? from the header$"),
     lambda m: (f"表头（第 {m.group('line')} 行）以 {m.group('k')} 个空名称结尾（多余的 ','），第 {m.group('row')} 行没有对应"
                "的单元格；请删除表头末尾的逗号")),
    ("a file's column name twice",   # read._header: 'DEV' twice in the header (pandas would read DEV.1)
     re.compile(r"column name (?P<name>'[^']*'|\"[^\"]*\") appears twice in the header \(columns (?P<a>\d+) and "
                r"(?P<b>\d+)\); column names must be unique$"),
     lambda m: f"列名 {m.group('name')} 在表头中出现了两次（第 {m.group('a')} 列和第 {m.group('b')} 列）；列名必须唯一"),
    ("a file without data",   # read: an empty file, a header alone, a comment or an empty line above the header
     re.compile(r"the (?P<what>file|input) (?:(?P<header>has a header but no data rows)|(?P<empty>is empty)|starts with "
                r"(?P<first>a comment line|an empty line); the first line must be the header \(column names\): remove the "
                r"line\(s\) above it)$"),
     lambda m: (("文件" if m.group("what") == "file" else "输入")
                + ("只有表头，没有数据行" if m.group("header") else "是空的" if m.group("empty") else
                   f"以{'注释行' if m.group('first') == 'a comment line' else '空行'}开头；第一行必须是表头（列名）：请删除它"
                   "上方的行"))),
    ("a file's title above the header",   # read._title_line: 'Table 1: survey data' on line 1
     re.compile(r"line 1 holds (?:one cell|(?P<cells>\d+) cells) \((?P<title>'[^']*'|\"[^\"]*\")\) and the lines below it "
                r"(?P<n>\d+): a title above the header\? The first line must be the header \(column names\): remove the "
                r"line\(s\) above it$"),
     lambda m: (f"第 1 行只有{m.group('cells') + ' 个单元格' if m.group('cells') else '一个单元格'}（{m.group('title')}），而它"
                f"下面的行有 {m.group('n')} 个：是表头上方的标题吗？第一行必须是表头（列名）：请删除表头上方的行")),
    ("a file's bytes that are no text",   # read: a NUL byte, UTF-16 without its byte order mark, a carriage return,
     # a quote never closed (the csv module's field size limit)
     re.compile(r"(?:line (?P<line>\d+) holds a NUL byte \(0x00\), which no text file holds: the file is damaged or not "
                r"CSV text; remove the byte \((?P<tr>.+)\) or export the data again|(?P<utf16>this looks like UTF-16 text "
                r"without a byte order mark \(every other byte is 0\), not UTF-8; save it as 'CSV UTF-8 \(comma delimited\)', "
                r"or convert it \((?P<iconv>iconv [^()]+)\))|line (?P<cr>\d+) has a carriage return \(\\r\) inside a line, "
                r"outside quotes \(a line break typed in a cell\?\): remove it, or quote the cell|line (?P<long>\d+) has a cell "
                r"longer than (?P<n>\d{1,3}(?:,\d{3})*) characters, usually a quote \(\"\) opened and never closed: check "
                r"the quotes from that line on)$"),
     lambda m: ("这看起来是没有字节顺序标记（BOM）的 UTF-16 文本（每隔一个字节就是 0），而不是 UTF-8；请另存为 'CSV UTF-8 "
                f"(逗号分隔)'，或转换它（{m.group('iconv')}）" if m.group("utf16") else
                f"第 {m.group('cr')} 行在引号之外有一个回车符（\\r）（是在单元格中输入的换行吗？）：请删除它，或给该单元格加引号"
                if m.group("cr") else
                f"第 {m.group('long')} 行有一个超过 {m.group('n')} 个字符的单元格，通常是某个引号（\"）打开后没有关闭：请从这一行起"
                "检查引号" if m.group("long") else
                f"第 {m.group('line')} 行含有 NUL 字节（0x00），文本文件中不会有这种字节：文件已损坏，或不是 CSV 文本；请删除该"
                f"字节（{m.group('tr')}），或重新导出数据")),
    ("a file's quote never closed",   # read._unclosed_quote: a quote (") opening a cell, the rest of the file in it
     re.compile(r"line (?P<line>\d+), character (?P<ch>\d+) \(column (?P<col>\d+)(?:, (?P<name>'[^']*'|\"[^\"]*\"))?\): "
                r"a quote \(\"\) opens a cell and is never closed: (?:the cell runs past the (?P<n>\d{1,3}(?:,\d{3})*) "
                r"characters a cell may hold(?: by line (?P<by>\d+))?|it runs to the end of the file \(line (?P<end>\d+)\), "
                r"all one cell); close the quote, or remove it$"),
     lambda m: (f"第 {m.group('line')} 行第 {m.group('ch')} 个字符（第 {m.group('col')} 列"
                + (f"，{m.group('name')}" if m.group("name") else "") + "）：一个引号（\"）开始了一个单元格，却一直没有关闭："
                + (f"它一直延续到文件末尾（第 {m.group('end')} 行），全部成了一个单元格" if m.group("end") else
                   f"该单元格超过了单元格最多能容纳的 {m.group('n')} 个字符"
                   + (f"（到第 {m.group('by')} 行时）" if m.group("by") else ""))
                + "；请补上关闭的引号，或删除这个引号")),
    ("a folder given for the data",   # read.read_data: a directory
     re.compile(r"(?P<path>.+): is a directory; give the CSV file inside it \(one row per case\)$"),
     lambda m: f"{m.group('path')}：是一个文件夹，不是文件；请给出其中的 CSV 文件（每行一个案例）"),
    ("a data file not UTF-8",   # read.not_utf8_message: a CSV file saved in GBK ('CSV (逗号分隔)' of Excel on Chinese
     # Windows) or Latin-1; a specification file (editor: 'ANSI' text of a text editor) the same, read_spec_file
     re.compile(r"not UTF-8 text \(byte (?P<byte>0x[0-9a-f]{2}) on line (?P<line>\d+)\)(?:: Chinese text in the code page "
                r"GBK, as (?:Excel on Chinese Windows saves 'CSV \(逗号分隔\)'|(?P<editor>a text editor on Chinese Windows "
                r"saves 'ANSI' text)) \(line \d+ reads (?P<reads>.+) in GBK\); save it as UTF-8: (?:in Excel, File > Save "
                r"As \(文件 > 另存为\) 'CSV UTF-8 \(逗号分隔\)'|in the editor, Save As with the encoding UTF-8 \(编码 UTF-8\)), "
                r"or convert it \(iconv -f GB18030 -t UTF-8\)|(?P<other>; save it as UTF-8, e\.g\. (?:Excel's 'CSV UTF-8 "
                r"\(comma delimited\)'|(?P<in_editor>in a text editor, with the encoding UTF-8)), or convert it \(iconv -f "
                r"GBK -t UTF-8, or -f CP1252\)))$"),
     lambda m: (f"不是 UTF-8 文本（第 {m.group('line')} 行的字节 {m.group('byte')}）"
                + (("；请另存为 UTF-8，例如在文本编辑器中以 UTF-8 编码保存" if m.group("in_editor") else
                    "；请另存为 UTF-8，例如 Excel 的 'CSV UTF-8 (逗号分隔)'") + "，或转换它（iconv -f GBK -t UTF-8，或 -f CP1252）"
                   if m.group("other") else
                   "：这是代码页 GBK 中的中文文本，"
                   + ("中文版 Windows 上的文本编辑器保存 'ANSI' 文本时即如此" if m.group("editor") else
                      "中文版 Windows 上的 Excel 保存 'CSV (逗号分隔)' 时即如此")
                   + f"（按 GBK 读，第 {m.group('line')} 行为 {m.group('reads')}）；请另存为 UTF-8："
                   + ("在编辑器中另存为，编码选 UTF-8" if m.group("editor") else "在 Excel 中，文件 > 另存为 'CSV UTF-8 (逗号分隔)'")
                   + "，或转换它（iconv -f GB18030 -t UTF-8）"))),
    ("a header over two lines",   # read._second_header_line: merged cells above, names below (a two-row header)
     re.compile(r"(?:(?P<path>.+?): )?(?:line (?P<line>\d+)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row (?P<row>\d+)) "
                r"holds names, not values \((?P<names>.+?)\), above rows of "
                r"numbers: a header over two lines \(a merged cell above several columns, as a two-row header is saved\)\? "
                r"Write one header line, one name per column \(e\.g\. (?P<eg>'[^']*'|\"[^\"]*\")\), and delete the other "
                r"line$"),
     lambda m: ((f"{m.group('path')}：" if m.group("path") else "")
                + (f"第 {m.group('line')} 行" if m.group("line") else f"工作表 {m.group('sheet')} 第 {m.group('row')} 行")
                + f"是名称而不是数值（{m.group('names')}），其下是数字行：表头占了两行（上一行的合并单元格"
                f"跨越几列，两行表头保存后即如此）？请只写一行表头，每列一个名称（例如 {m.group('eg')}），并删除另一行")),
    ("a note or source line below the table",   # read._note_message: '注：数据来源于...' below a CSV table or a sheet's
     re.compile(r"(?:(?P<path>.+?): )?(?:lines? (?P<lines>\d+(?:, \d+)*)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), rows? "
                r"(?P<rows>\d+(?:, \d+)*)), below the table, holds? only (?P<note>.+?)(?P<more> \.\.\.)? in the first column: "
                r"a note or source line, not a case; delete the rows? \(a file of cases holds the header, then one row per "
                r"case\)$"),
     lambda m: ((f"{m.group('path')}：" if m.group("path") else "")
                + (f"工作表 {m.group('sheet')} 的第 {m.group('rows').replace(', ', '、')} 行" if m.group("sheet") else
                   f"第 {m.group('lines').replace(', ', '、')} 行")
                + f"位于表格下方，第一列中只有 {m.group('note')}{' 等' if m.group('more') else ''}：这是注释或来源行，不是案例；请删除"
                + ("这些行" if m.group("more") else "该行") + "（案例文件只含表头和每个案例的一行）")),
    ("a specification file that is a folder",   # read_spec_file: --spec given a folder
     re.compile(r"(?:(?P<path>.+?): )?is a folder; give the specification file \(\.yaml, \.yml or \.json\)$"),
     lambda m: (f"{m.group('path')}：" if m.group("path") else "") + "是一个文件夹；请给出设定文件（.yaml、.yml 或 .json）"),
    ("a specification file of another suffix",   # read_spec_file: --spec spec.txt
     re.compile(r"a sweep specification must be \.yaml, \.yml or \.json, got (?P<got>\.\S+|no suffix)$"),
     lambda m: ("扫描设定文件必须是 .yaml、.yml 或 .json，现为 "
                + ("无后缀" if m.group("got") == "no suffix" else m.group("got")))),
    ("a JSON file's key given twice",   # read.read_spec_file: a calibration or sweep .json file's key written twice
     re.compile(r"key (?P<key>'[^']*'|\S+) is given twice; give each key once \(the file's readers would keep the last "
                r"value without a word\)$"),
     lambda m: f"键 {m.group('key')} 写了两次；每个键只写一次（读取该文件的程序会不声不响地只保留最后一个值）"),
    ("a worksheet: merged cells",   # a group label over the columns, a case name 'shared' by rows (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cells (?P<ref>\S+) are merged: only the first holds "
                r"the value, the others would be read empty; unmerge them \(Home > Merge & Center\) and write the value "
                r"in every cell$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 中的单元格 {m.group('ref')} 是合并单元格：只有第一个单元格有值，"
                "其余的会读成空值；请取消合并（开始 > 合并后居中），并在每个单元格中写上值")),
    ("a worksheet: a group label above the header",   # cells merged along the row above the header (sheets._merged)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cells (?P<ref>\S+) are merged in row (?P<row>\d+), "
                r"above the header: a label over a group of columns\? The first row holding values must be the header "
                r"\(column names\): delete row (?P=row) \(unmerged, its label would name several columns alike\)$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 中的单元格 {m.group('ref')} 在第 {m.group('row')} 行合并，位于表头"
                "上方：是一组列上方的标签吗？第一个有值的行必须是表头（列名）：请删除第 "
                f"{m.group('row')} 行（若取消合并，该标签会成为几列相同的列名）")),
    ("a worksheet: a title above the header",
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row (?P<row>\d+) holds one cell \((?P<title>.+)\) and "
                r"the rows below it more: a title above the header\? The first row holding values must be the header "
                r"\(column names\): delete the rows above it, or keep the table on a sheet of its own$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的第 {m.group('row')} 行只有一个单元格（{m.group('title')}），而它"
                "下面的行有多个：是表头上方的标题吗？第一个有值的行必须是表头（列名）：请删除表头上方的行，或把表格单独放在一个"
                "工作表中")),
    ("a header repeated inside the data",   # read (a CSV file), sheets (a worksheet): two exports joined
     re.compile(r"(?P<path>.+?): (?:lines? (?P<lines>\d+(?:, \d+)*) repeats? the header \((?P<header>.*)\): files appended "
                r"one to another\? Delete the repeated header line\(s\)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row "
                r"(?P<row>\d+) repeats the header \((?P<sheader>.*)\): tables pasted one below another\? Delete the "
                r"repeated header row)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('sheet')} 的第 {m.group('row')} 行重复了表头（{m.group('sheader')}）：是把几个表格上下粘贴"
                   "在一起了吗？请删除重复的表头行" if m.group("sheet") else
                   f"第 {m.group('lines').replace(', ', '、')} 行重复了表头（{m.group('header')}）：是把几个文件接在一起了吗？"
                   "请删除重复的表头行"))),
    ("JSON that is no table of cases",   # read: another command's --json output, pandas' default to_json
     re.compile(r"holds JSON(?:, (?:an object \(keys: (?P<keys>.+)\)|(?P<list>a list whose items are not all objects)|a "
                r"single (?P<type>\w+)), not a table of cases \(the output of another command's --json\?\)|(?P<empty> "
                r"records without any case \(an empty list or empty objects\))); give a CSV file \(one row per case\), or "
                r"JSON records: a list of \{column: value\} objects, one per case, as 'calibrate --json' writes them; from "
                r"pandas: df\.to_json\(path, orient='records'\)$"),
     lambda m: ("其中是 JSON "
                + ("记录，但没有任何案例（空列表或空对象）" if m.group("empty") else
                   ((f"对象（键：{m.group('keys')}）" if m.group("keys") else "列表，但其元素并非都是对象" if m.group("list")
                     else f"单个 {m.group('type')}") + "，不是案例表（是另一个命令的 --json 输出吗？）"))
                + "；请给出 CSV 文件（每行一个案例），或 JSON 记录：由 {column: value} 对象组成的列表，每个案例一个，与 "
                "'calibrate --json' 写出的相同；在 pandas 中：df.to_json(path, orient='records')")),
    ("a file of another kind",   # read.read_table: a Parquet, Feather, SPSS, R or PDF file given as the data (_BINARY)
     re.compile(r"(?P<path>.+?): this is (?P<kind>.+?), not a file the engine reads \(a CSV text file, an Excel \.xlsx or "
                r"\.xls workbook, an \.ods sheet, a Stata \.dta or an SPSS \.sav file\)(?P<named>: an old Excel workbook is "
                r"read when its name ends in \.xls, rename it so; or|;) (?:read it with pandas \(df = (?P<call>pd\.\w+"
                r"\(path\)), with pyarrow installed\) and give the frame to the Python API, or save it as CSV, "
                r"df\.to_csv\('data\.csv'\)|(?P<convert>save it as an Excel workbook \(\.xlsx\) or as 'CSV UTF-8 \(comma "
                r"delimited\)', one row per case, one column per set))$"),
     lambda m: None if m.group("kind") not in _FILE_KINDS_ZH else (
         f"{m.group('path')}：这是{_FILE_KINDS_ZH[m.group('kind')]}，不是引擎能读取的文件（CSV 文本文件、Excel .xlsx 或 .xls "
         "工作簿、.ods 表格、Stata .dta 或 SPSS .sav 文件）"
         + ("：旧版 Excel 工作簿的文件名以 .xls 结尾时才会被读取，请这样改名；或者" if m.group("named") != ";" else "；")
         + (f"请用 pandas 读取它（df = {m.group('call')}，需安装 pyarrow），把数据框交给 Python API，或另存为 CSV："
            "df.to_csv('data.csv')" if m.group("call") else
            "请另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 (逗号分隔)'，每行一个案例，每列一个集合"))),
    ("a workbook the engine does not read as named",   # read.read_table: an .xls renamed .xlsx, an encrypted or .xlsb one
     re.compile(r"(?P<path>.+?): (?:(?P<renamed>this is an old Excel \.xls workbook \(OLE2 file\) named \.xlsx \(renamed\?\), "
                r"not an Excel workbook \(\.xlsx\): give it its own name, ending in \.xls, which the engine reads; or open "
                r"it in Excel or LibreOffice and save it as an Excel workbook \(\.xlsx\))|(?P<encrypted>this \.xlsx workbook "
                r"is encrypted \(saved with a password to open it\): remove the password \(Excel: File > Info > Protect "
                r"Workbook > Encrypt with Password, empty\) and save it, or save the sheet as 'CSV UTF-8 \(comma "
                r"delimited\)')|(?P<xlsb>this is an Excel binary workbook \(\.xlsb\), which the engine does not read; in "
                r"Excel, save it as an Excel workbook \(\.xlsx\) or as 'CSV UTF-8 \(comma delimited\)', one row per case, "
                r"one column per set))$"),
     lambda m: (f"{m.group('path')}："
                + ("这是被命名为 .xlsx 的旧版 Excel .xls 工作簿（OLE2 文件；改过名？），不是 Excel 工作簿（.xlsx）：请给它本来的"
                   "名称，以 .xls 结尾，引擎可以读取；或在 Excel 或 LibreOffice 中打开它，另存为 Excel 工作簿（.xlsx）"
                   if m.group("renamed") else
                   "这个 .xlsx 工作簿是加密的（保存时设了打开密码）：请删除密码（Excel：文件 > 信息 > 保护工作簿 > 用密码进行加密，"
                   "清空）后保存，或把工作表另存为 'CSV UTF-8 (逗号分隔)'" if m.group("encrypted") else
                   "这是 Excel 二进制工作簿（.xlsb），引擎不读取；请在 Excel 中另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 (逗号分隔)'，"
                   "每行一个案例，每列一个集合"))),
    ("a lock file given for the workbook",   # read._lock_file: '~$lc.xlsx' beside lc.xlsx, LibreOffice's '.~lock.lc.ods#'
     re.compile(r"(?P<path>.+?): this is (?P<program>Excel|LibreOffice)'s lock file, which (?P=program) writes beside a "
                r"workbook while it is open \(and leaves behind if it stops\), not the data: give the workbook(?:, "
                r"(?P<near>.+)| itself)$"),
     lambda m: (f"{m.group('path')}：这是 {m.group('program')} 的锁定文件，{m.group('program')} 在工作簿打开时把它写在工作簿旁边"
                "（程序意外退出时会留下它），不是数据：请给出工作簿"
                + (f"：{m.group('near').replace(' or ', ' 或 ')}" if m.group("near") else "本身"))),
    ("a damaged workbook, Stata or SPSS file",   # sheets, _xlsx: the reader's own error, quoted as it is
     re.compile(r"(?P<path>.+?): cannot read this (?P<what>\.xlsx workbook|Stata \.dta file|SPSS \.sav file|SPSS portable "
                r"\.por file|OpenDocument sheet \(\.ods\)|old Excel workbook \(\.xls\)) \((?P<error>.+)\); (?:(?:(?P<again>open "
                r"it in Excel or LibreOffice and save it again as an Excel workbook \(\.xlsx\))|open it in LibreOffice or "
                r"Excel and save it as an Excel workbook \(\.xlsx\)), or save the sheet as 'CSV UTF-8 \(comma delimited\)'"
                r"|(?P<stata>save it again from Stata \(save, or export delimited for a CSV file\))|(?P<spss>save it again "
                r"from SPSS, or save the data as an Excel workbook \(\.xlsx\) or CSV))$"),
     lambda m: (f"{m.group('path')}：无法读取这个{_DAMAGED_WHAT_ZH[m.group('what')]}（{m.group('error')}）；"
                + ("请在 Stata 中重新保存（save；或用 export delimited 另存为 CSV 文件）" if m.group("stata") else
                   "请在 SPSS 中重新保存，或把数据另存为 Excel 工作簿（.xlsx）或 CSV" if m.group("spss") else
                   ("请在 Excel 或 LibreOffice 中打开它，重新另存为 Excel 工作簿（.xlsx）" if m.group("again") else
                    "请在 LibreOffice 或 Excel 中打开它，另存为 Excel 工作簿（.xlsx）")
                   + "，或把工作表另存为 'CSV UTF-8 (逗号分隔)'"))),
    ("a workbook: no such sheet",   # sheets._chosen: --sheet (--raw-sheet, read_data's sheet) naming no sheet, a chart
     re.compile(r"(?P<path>.+?): (?:no sheet (?P<sheet>.+?) in this workbook \((?P<flag>\S+)\)(?:(?P<zero>; sheets are "
                r"counted from 1, as the tabs show them \(pandas' sheet_name=0 is sheet 1\))|; did you mean (?P<near>'[^']*')"
                r"\? \(sheet names are matched as written\))? \(its sheets: (?P<sheets>.+)\); give a sheet's name or its "
                r"place, from 1|sheet (?P<chart>'[^']*'|\"[^\"]*\") is a chart, not a table of cases \(its sheets: "
                r"(?P<listed>.+)\); give the sheet holding the data)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('chart')} 是图表，不是案例表（其工作表：{_sheets_zh(m.group('listed'))}）；请给出存放数据的"
                   "工作表" if m.group("chart") else
                   f"此工作簿中没有工作表 {m.group('sheet')}（{m.group('flag')}）"
                   + ("；工作表从 1 数起，与标签页的顺序一致（pandas 的 sheet_name=0 即第 1 个工作表）" if m.group("zero") else
                      "（工作表名称按原样匹配）" if m.group("near") else "")   # the name meant: said by _hints_zh
                   + f"（其工作表：{_sheets_zh(m.group('sheets'))}）；请给出工作表的名称或其位置（从 1 数起）"))),
    ("a sheet named for a file that is no workbook",   # read.read_table: --sheet (read_data's sheet=) with a CSV, ...
     re.compile(r"(?:(?P<given>sheet=(?:'[^']*'|\"[^\"]*\"|\S+?))|(?P<flag>\S+) (?P<sheet>.*?)): (?P<path>.+?) is "
                r"(?P<what>a Stata file|an SPSS file|standard input|not a workbook \(\.xlsx, \.xlsm, \.xls, \.ods\)); a "
                r"sheet is chosen only in a workbook \(\.xlsx, \.xlsm, \.xls, \.ods\): (?:leave (?P=flag) out|(?P<call>call "
                r"read_data without sheet=))$"),
     lambda m: (f"{m.group('given') or m.group('flag') + (' ' + m.group('sheet') if m.group('sheet') else '（空值）')}："
                f"{m.group('path')} "
                + {"a Stata file": "是 Stata 文件", "an SPSS file": "是 SPSS 文件", "standard input": "是标准输入"}.get(
                    m.group("what"), "不是工作簿（.xlsx、.xlsm、.xls、.ods）")
                + "；只有工作簿（.xlsx、.xlsm、.xls、.ods）才能选择工作表："
                + ("调用 read_data 时请不要给 sheet=" if m.group("call") else f"请去掉 {m.group('flag')}"))),
    ("a worksheet: a formula saved without its value",   # sheets: a workbook written by openpyxl or pandas
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) holds a formula "
                r"\((?P<formula>.+?)\) saved without its value(?: \(and (?P<more>\d+) more cell\(s\), every formula\))?: "
                r"the workbook was written by a program that does not compute formulas \(openpyxl, pandas\); open it in "
                r"Excel or LibreOffice and save it, so each formula's value is saved with it$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')} 中的公式（{m.group('formula')}）保存时"
                "没有其值" + (f"（另有 {m.group('more')} 个单元格也是如此：每个公式都没有值）" if m.group("more") else "")
                + "：该工作簿是由不计算公式的程序（openpyxl、pandas）写出的；请在 Excel 或 LibreOffice 中打开并保存它，使每个"
                "公式的值随之保存")),
    ("a worksheet: a date or a percentage among numbers",   # sheets: 1/2 typed into a cell, one cell formatted as %
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) \(column (?P<col>[A-Z]+), "
                r"(?P<name>'[^']*'|\"[^\"]*\")\) (?:holds a date or time, (?P<date>.+?), where the column's other cells are "
                r"numbers: Excel turns a value typed as 1/2 or 1-2 into a date; format the cell as Number \(or General\) "
                r"and type the value again|is formatted as a percentage \(it shows (?P<shows>\S+)%, (?P<program>Excel|"
                r"LibreOffice) keeps (?P<keeps>\S+)\) where the column's other numbers are on another scale \(e\.g\. "
                r"(?P<other>[A-Z]+\d+) (?P<value>\S+)\): write every cell of the column on one scale \(format (?P=cell) as "
                r"Number and type (?P<type>\S+), or give every cell as a percentage\))$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')}（{m.group('col')} 列，{m.group('name')}）"
                + (f"中是日期或时间 {m.group('date')}，而该列的其他单元格都是数字：在 Excel 中输入的 1/2 或 1-2 会变成日期；请把该"
                   "单元格的格式设为“数值”（或“常规”），再重新输入该值" if m.group("date") else
                   f"的格式是百分比（显示为 {m.group('shows')}%，{m.group('program')} 保存的是 {m.group('keeps')}），而该列的其他"
                   f"数字是另一种尺度（例如 {m.group('other')} 为 {m.group('value')}）：请把该列的每个单元格写成同一种尺度（把 "
                   f"{m.group('cell')} 的格式设为“数值”并输入 {m.group('type')}，或把每个单元格都写成百分比）"))),
    ("a worksheet: Excel's error for a name",   # read, sheets: '#N/A' of a lookup in the case column, '#REF!' in the header
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) (?:\(case column "
                r"(?P<col>'[^']*'|\"[^\"]*\")\) holds Excel's error (?P<error>#\S+), not a case name: correct the formula, or "
                r"write the case's name|of the header holds Excel's error (?P<herror>#\S+), not a column name: write the "
                r"name in the cell \(a formula's result there failed\))$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')}"
                + (f"（案例列 {m.group('col')}）中是 Excel 的错误值 {m.group('error')}，不是案例名称：请修正公式，或写上案例的名称"
                   if m.group("col") else
                   f"（表头）中是 Excel 的错误值 {m.group('herror')}，不是列名：请在该单元格中写上列名（那里的公式计算失败了）"))),
    ("a worksheet: a value far from the table",   # _xlsx: a key pressed at XFD1048576 (a range of 17 billion cells)
     re.compile(r"(?P<path>.+?): (?:sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) holds a value(?: "
                r"\((?P<text>.+?)\))? so far from the others that the sheet's range would be (?P<n>[\d,]+) cells \(a key "
                r"pressed by mistake\?\): delete it \(or the rows and columns beyond the table\) and save the workbook|"
                r"(?:sheet (?P<csheet>'[^']*'|\"[^\"]*\")|a sheet) of this (?P<what>OpenDocument sheet \(\.ods\)|old Excel "
                r"workbook \(\.xls\)) holds a value so far from the others that its range would be (?P<cn>[\d,]+) cells "
                r"\(a key pressed by mistake\?\): press Ctrl\+End in LibreOffice to find it, delete it \(or the rows and "
                r"columns beyond the table\) and save the file)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('sheet')} 的单元格 {m.group('cell')} 中有一个值"
                   + (f"（{m.group('text')}）" if m.group("text") else "")
                   + f"，离其他单元格太远，使工作表的范围达 {m.group('n')} 个单元格（误按了某个键？）：请删除它（或表格以外的行和"
                   "列）并保存工作簿" if m.group("cell") else
                   (f"这个{_DAMAGED_WHAT_ZH[m.group('what')]}的工作表 {m.group('csheet')}" if m.group("csheet") else
                    f"这个{_DAMAGED_WHAT_ZH[m.group('what')]}的一个工作表")
                   + f"中有一个值离其他单元格太远，使其范围达 {m.group('cn')} 个单元格（误按了某个键？）：请在 LibreOffice 中按 "
                   "Ctrl+End 找到它，删除它（或表格以外的行和列）并保存文件"))),
    ("a file separated by full-width commas",   # a CSV file typed with a Chinese input method (analysis.qca.read)
     re.compile(r"(?P<path>.+?): the header is one column (?P<header>.+): the (?P<what>file|input) looks separated by "
                r"full-width commas (?P<wide>'.') \(U\+(?P<code>[0-9A-F]{4}), typed with a Chinese input method, 全角\), "
                r"not ASCII commas ','; replace them with ','$"),
     lambda m: (f"{m.group('path')}：表头只有一列 {m.group('header')}：{'文件' if m.group('what') == 'file' else '输入'}看起来是用"
                f"全角逗号 {m.group('wide')}（U+{m.group('code')}，中文输入法输入）分隔的，而不是半角（ASCII）逗号 ','；"
                "请把它们替换为 ','")),
    ("a workbook: the columns not on the sheet read",   # cli_data._frame: the first sheet read (no --sheet) lacks them
     re.compile(r"(?P<path>.+?): (?P<names>'[^']*'(?:, '[^']*')*) not among the columns of the sheet read "
                r"\((?P<columns>.*)\)$"),
     lambda m: f"{m.group('path')}：{m.group('names')} 不在所读工作表的列中（{m.group('columns')}）"),
]

#!/usr/bin/env python3
"""Reads an .xlsx workbook with openpyxl, a reader independent of the
writer pmo uses, and prints what the tests check as JSON: per sheet its
name, header row, frozen cell, filter range, and per data row each cell as
[type, value, number_format]; type is one of empty, bool, date, number,
text, formula.

Usage: read_xlsx.py FILE
"""
import datetime
import json
import sys

import openpyxl


def cell(c):
    v = c.value
    if c.data_type == "f":
        return ["formula", str(v), c.number_format]
    if v is None:
        return ["empty", None, c.number_format]
    if isinstance(v, bool):
        return ["bool", v, c.number_format]
    if isinstance(v, datetime.datetime):
        return ["date", v.date().isoformat(), c.number_format]
    if isinstance(v, (int, float)):
        return ["number", v, c.number_format]
    return ["text", str(v), c.number_format]


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        rows = list(ws.iter_rows())
        sheets.append({
            "name": ws.title,
            "headers": [c.value for c in rows[0]] if rows else [],
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "rows": [[cell(c) for c in r] for r in rows[1:]],
        })
    json.dump({"title": book.properties.title, "sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])

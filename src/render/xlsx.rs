//! An Excel workbook (`.xlsx`) via `rust_xlsxwriter`: one sheet per table
//! of the report's tidy view, typed cells (dates as dates, money and
//! percentages as numbers with a number format, booleans as booleans), the
//! header row frozen and filtered. Text is always written as a string, so
//! repository text can never become a formula, and is sanitised like every
//! other format's.

use std::io::Write;

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{Block, Cell, Table, Value, View};
use crate::model::Date;

/// Excel refuses longer strings in a cell.
const MAX_TEXT: usize = 32_767;
/// Excel refuses longer sheet names.
const MAX_SHEET_NAME: usize = 31;
/// Columns are sized to their content, up to this many characters.
const MAX_WIDTH: u32 = 60;

struct Formats {
    header: Format,
    date: Format,
    money: Format,
    percent: Format,
    number: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            money: Format::new().set_num_format("#,##0.00"),
            percent: Format::new().set_num_format("0%"),
            number: Format::new().set_num_format("General"),
        }
    }
}

/// Writes every table of `view` as a sheet. `created` stamps the
/// workbook's properties, so the same report gives the same bytes.
pub fn render(view: &View, created: Date, out: &mut dyn Write) -> anyhow::Result<()> {
    let tables: Vec<&Table> = view
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    anyhow::ensure!(
        !tables.is_empty(),
        "this report has no table to export as a workbook"
    );
    let bytes = workbook(&view.title, &tables, created).map_err(|e| anyhow::anyhow!("{e}"))?;
    out.write_all(&bytes)?;
    Ok(())
}

fn workbook(title: &str, tables: &[&Table], created: Date) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new();
    let mut book = Workbook::new();
    let stamp = excel_date(created)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(clip(title, MAX_TEXT))
            .set_creation_datetime(&stamp),
    );
    let mut used = Vec::new();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(table, &mut used))?;
        write_table(sheet, table, &formats)?;
    }
    book.save_to_buffer()
}

/// A unique sheet name Excel accepts: the table's name without the
/// characters it forbids, cut to 31 characters.
fn sheet_name(table: &Table, used: &mut Vec<String>) -> String {
    let base: String = table
        .name
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let base = base.trim_matches('\'').to_string();
    let base = if base.is_empty() {
        "sheet".to_string()
    } else {
        base
    };
    let mut name = clip(&base, MAX_SHEET_NAME);
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" {n}");
        name = clip(&base, MAX_SHEET_NAME - suffix.len()) + &suffix;
        n += 1;
    }
    used.push(name.clone());
    name
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn write_table(sheet: &mut Worksheet, table: &Table, f: &Formats) -> Result<(), XlsxError> {
    let last_col = table.columns.len().saturating_sub(1) as u16;
    for (c, name) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, clip(name, MAX_TEXT), &f.header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            write_cell(sheet, r, c as u16, cell, f)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    if !table.columns.is_empty() {
        sheet.autofilter(0, 0, table.rows.len() as u32, last_col)?;
    }
    sheet.set_autofit_max_width(MAX_WIDTH * 7).autofit();
    Ok(())
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell.value {
        Value::Empty => {}
        Value::Text if cell.text.is_empty() => {}
        Value::Text => {
            // Control characters and bidirectional overrides shown as
            // `\u{..}`, as in every other format; line breaks kept.
            sheet.write_string(row, col, clip(&super::sanitize(&cell.text), MAX_TEXT))?;
        }
        Value::Number(x) => {
            sheet.write_number_with_format(row, col, x, &f.number)?;
        }
        Value::Percent(x) => {
            sheet.write_number_with_format(row, col, x / 100.0, &f.percent)?;
        }
        Value::Money(x) => {
            sheet.write_number_with_format(row, col, x, &f.money)?;
        }
        Value::Date(d) => {
            sheet.write_datetime_with_format(row, col, excel_date(d)?, &f.date)?;
        }
        Value::Bool(b) => {
            sheet.write_boolean(row, col, b)?;
        }
    }
    Ok(())
}

fn excel_date(d: Date) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(d.0.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(year, d.0.month() as u8, d.0.day() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str) -> Table {
        Table {
            name: name.into(),
            ..Table::default()
        }
    }

    #[test]
    fn sheet_names_are_legal_and_unique() {
        let mut used = Vec::new();
        assert_eq!(sheet_name(&table("risks"), &mut used), "risks");
        assert_eq!(sheet_name(&table("Risks"), &mut used), "Risks 2");
        assert_eq!(sheet_name(&table("a/b:c"), &mut used), "a_b_c");
        let long = "x".repeat(40);
        assert_eq!(sheet_name(&table(&long), &mut used).chars().count(), 31);
        assert_eq!(sheet_name(&table(&long), &mut used), "x".repeat(29) + " 2");
        assert_eq!(sheet_name(&table("''"), &mut used), "sheet");
    }
}

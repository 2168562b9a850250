//! CSV (RFC 4180): the report's one tidy table, via the `csv` crate. Cells
//! a spreadsheet would run as a formula are neutralised.

use std::io::Write;

use super::View;

/// A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return)
/// would run as a formula in a spreadsheet; prefix it with `'`. Plain
/// numbers such as `-3.5` are left alone.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    // A lone sign cannot be a formula; "-" is how reports write "none".
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.len() > 1;
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

pub fn render(view: &View, out: &mut dyn Write) -> anyhow::Result<()> {
    let Some(table) = view.tidy_table() else {
        anyhow::bail!("this report has no table to export as CSV");
    };
    let mut w = csv::Writer::from_writer(out);
    let clean = |text: &str| neutralise(&super::sanitize_line(text)).into_owned();
    w.write_record(table.columns.iter().map(|c| clean(c)))?;
    for row in &table.rows {
        w.write_record(row.iter().map(|c| clean(&c.text)))?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("+cmd"), "'+cmd");
        assert_eq!(neutralise("-3.5"), "-3.5");
        assert_eq!(neutralise("-"), "-");
        assert_eq!(neutralise("-1+2"), "'-1+2");
        assert_eq!(neutralise("Vendor delay"), "Vendor delay");
    }
}

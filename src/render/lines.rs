//! Line charts over time: one line per series, one point per sample (the
//! trend of a figure over the repository's history). Plain data; the
//! terminal and Markdown draw each line as a sparkline, HTML as SVG.

/// One line: a name and one value per sample (`None`: no figure then).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// A chart: its lines share the sample axis (`x`) and one value scale.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lines {
    pub title: String,
    /// The samples' labels (dates), in order.
    pub x: Vec<String>,
    pub lines: Vec<Line>,
    /// Shown under the chart: what the figures are, where they come from.
    pub note: String,
}

impl Lines {
    /// The least and greatest value of every line.
    pub fn range(&self) -> Option<(f64, f64)> {
        let all = self
            .lines
            .iter()
            .flat_map(|l| l.values.iter().flatten().copied());
        all.fold(None, |r, v| match r {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
    }
}

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A sparkline: one bar per sample scaled between the series' least and
/// greatest value; a space where there is no value.
pub fn sparkline(values: &[Option<f64>]) -> String {
    let known = values.iter().flatten();
    let lo = known.clone().copied().fold(f64::INFINITY, f64::min);
    let hi = known.copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(_) if hi <= lo => BARS[3],
            Some(x) => {
                let i = ((x - lo) / (hi - lo) * 7.0).round() as usize;
                BARS[i.min(7)]
            }
        })
        .collect()
}

/// A figure as the charts print it: at most two decimals, no trailing
/// zeros.
pub fn figure(v: Option<f64>) -> String {
    match v {
        None => "-".to_string(),
        Some(v) => {
            let r = (v * 100.0).round() / 100.0;
            let s = format!("{r:.2}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
}

/// First and last known values of a line.
pub fn ends(values: &[Option<f64>]) -> (Option<f64>, Option<f64>) {
    (
        values.iter().flatten().next().copied(),
        values.iter().rev().flatten().next().copied(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_between_least_and_greatest() {
        assert_eq!(sparkline(&[Some(0.0), Some(7.0), None, Some(3.5)]), "▁█ ▅");
        assert_eq!(sparkline(&[Some(2.0), Some(2.0)]), "▄▄");
        assert_eq!(figure(Some(0.8999)), "0.9");
        assert_eq!(figure(Some(12.0)), "12");
        assert_eq!(
            ends(&[None, Some(1.0), Some(2.0), None]),
            (Some(1.0), Some(2.0))
        );
    }
}

//! The source map: every file the loader read, so that any [`Loc`] can be
//! shown as `path:line:col` with the line's text under it.

use std::sync::OnceLock;

use crate::model::{FileId, Loc};

/// A count of lines, columns or files as the `u32` a [`Loc`] holds. Each is
/// bounded by the loader's limits (file size, files listed), far below
/// `u32::MAX`; should one ever not be, the position saturates instead of
/// wrapping round to a wrong line.
pub(crate) fn as_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The 1-based line of the `i`-th (0-based) line after `first_line`
/// (0-based): where line `i` of a document starting there was written.
pub(crate) fn line_after(first_line: u32, i: usize) -> u32 {
    first_line.saturating_add(as_u32(i)).saturating_add(1)
}

/// One file of the repository as read.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the repository root, with `/` separators.
    pub path: String,
    /// The text; lossily decoded when the file is not UTF-8, empty when the
    /// file was too large to read. Shared: a history's revisions that hold
    /// the same file share its text.
    pub text: std::sync::Arc<str>,
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> SourceFile {
        SourceFile {
            path,
            text: text.into(),
            line_starts: OnceLock::new(),
        }
    }

    // Built on first use: most files never need it.
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                // A newline is one byte, inside the text: the next line's
                // start is at most the text's length.
                .chain(
                    self.text
                        .match_indices('\n')
                        .map(|(i, _)| i.saturating_add(1)),
                )
                .collect()
        })
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line(&self, line: u32) -> Option<&str> {
        let starts = self.line_starts();
        let i = (line as usize).checked_sub(1)?;
        let start = *starts.get(i)?;
        let end = starts
            .get(i.saturating_add(1))
            .copied()
            .unwrap_or(self.text.len());
        let text = self.text.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let starts = self.line_starts();
        // Lines start at 0, so at least one start is at or before `offset`.
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset.min(self.text.len()))
            .map_or(1, |t| t.chars().count().saturating_add(1));
        (as_u32(line), as_u32(col))
    }
}

/// All files read, indexed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        let id = FileId(as_u32(self.files.len()));
        self.files.push(file);
        id
    }

    pub fn file(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(as_u32(i)), f))
    }

    /// `path` of a location, or `<unknown>`.
    pub fn path(&self, loc: Loc) -> &str {
        self.file(loc.file).map_or("<unknown>", |f| f.path.as_str())
    }

    /// The source line a location points into.
    pub fn line_text(&self, loc: Loc) -> Option<&str> {
        if !loc.is_known() {
            return None;
        }
        self.file(loc.file)?.line(loc.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_positions() {
        let f = SourceFile::new("a.yaml".into(), "kind: Risk\nid: 字x\r\nlast".into());
        assert_eq!(f.line(1), Some("kind: Risk"));
        assert_eq!(f.line(2), Some("id: 字x"));
        assert_eq!(f.line(3), Some("last"));
        assert_eq!(f.line(4), None);
        assert_eq!(f.line(0), None);
        // byte offset of 'x' is 11 + 4 + 3
        assert_eq!(f.position(18), (2, 6));
        assert_eq!(f.position(0), (1, 1));
    }
}

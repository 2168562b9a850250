//! A small element tree over quick-xml: MSPDI files are a few megabytes
//! at most, and a tree lets the reader look fields up by name and list
//! every element it did not use, with its line.

// The XML is untrusted input: its offsets, lines and nesting pass through
// here. No silent overflow, truncation or out-of-bounds panic: use checked
// or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use anyhow::{Result, bail};
use quick_xml::events::Event;
use quick_xml::reader::Reader;

/// Deeper nesting than any MSPDI file has (about 6 levels) is refused
/// rather than followed.
const MAX_DEPTH: usize = 64;

/// An element: its local name (namespace prefix dropped), the text directly
/// inside it, its child elements and the line it starts on.
#[derive(Clone, Debug, Default)]
pub struct Element {
    pub name: String,
    pub text: String,
    pub children: Vec<Element>,
    pub line: usize,
}

impl Element {
    /// The first child of this name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child of this name.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The trimmed text of the first child of this name, if not empty.
    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.child(name)
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
    }
}

/// Parses a whole document into its root element.
pub fn parse(text: &str) -> Result<Element> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut lines = LineCounter::default();
    loop {
        // An offset into `text`, which is in memory: it fits usize (and
        // `LineCounter::at` holds it to the text's length anyway).
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => bail!("line {}: not well-formed XML: {e}", lines.at(text, at)),
        };
        match event {
            Event::Start(e) | Event::Empty(e) if stack.len() >= MAX_DEPTH => {
                let _ = e;
                bail!("line {}: elements nested too deep", lines.at(text, at));
            }
            Event::Start(e) => stack.push(open(&e, lines.at(text, at))),
            Event::Empty(e) => {
                let el = open(&e, lines.at(text, at));
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => return Ok(el),
                }
            }
            Event::End(_) => {
                let Some(el) = stack.pop() else {
                    bail!("line {}: unexpected end tag", lines.at(text, at));
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => return Ok(el),
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match quick_xml::escape::resolve_predefined_entity(&r) {
                        Some(s) => s.to_string(),
                        None => bail!("line {}: unknown entity `&{};`", lines.at(text, at), &*r),
                    },
                };
                push_text(&mut stack, &resolved);
            }
            Event::Eof => bail!("the document ends before its root element is closed"),
            // Declarations, comments, processing instructions and DTDs
            // carry no plan data.
            _ => {}
        }
    }
}

fn open(e: &quick_xml::events::BytesStart<'_>, line: usize) -> Element {
    let local = e.local_name();
    Element {
        name: local.as_ref().to_string(),
        line,
        ..Element::default()
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(top) = stack.last_mut() {
        top.text.push_str(text);
    }
}

/// Turns byte offsets into line numbers; offsets only grow while parsing,
/// so counting resumes where it stopped.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    fn at(&mut self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        if offset < self.offset {
            self.offset = 0;
            self.line = 0;
        }
        // `self.offset <= offset <= text.len()`: both ranges are in the text.
        let bytes = text.as_bytes();
        let skipped = bytes.get(self.offset..offset).map_or(0, newlines);
        // A text has fewer lines than bytes: the sums stay below usize::MAX.
        self.line = self.line.saturating_add(skipped);
        self.offset = offset;
        // The event starts after any whitespace before its `<`.
        let lead = bytes.get(offset..).map_or(0, |rest| {
            rest.iter()
                .take_while(|b| b.is_ascii_whitespace())
                .filter(|&&b| b == b'\n')
                .count()
        });
        self.line.saturating_add(lead).saturating_add(1)
    }
}

/// How many line ends `bytes` holds.
fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_text_entities_and_lines() {
        let doc = "<?xml version=\"1.0\"?>\n<Project xmlns=\"x\">\n  <Name>A &amp; B &#20013;</Name>\n  <Tasks><Task/></Tasks>\n</Project>\n";
        let root = parse(doc).unwrap();
        assert_eq!(root.name, "Project");
        assert_eq!(root.text_of("Name"), Some("A & B 中"));
        assert_eq!(root.child("Name").unwrap().line, 3);
        assert_eq!(root.child("Tasks").unwrap().children.len(), 1);
    }

    #[test]
    fn broken_and_deep_documents_are_refused() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("<a>").is_err());
        let deep = "<a>".repeat(100) + &"</a>".repeat(100);
        assert!(parse(&deep).is_err());
    }
}

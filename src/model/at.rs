//! Values that remember where they were written.
//!
//! Every value a finding may point at is an [`At<T>`]: the value plus the
//! file, line and column of the YAML node it came from. The loader sets the
//! file and the line offset of the current document in a thread-local before
//! it deserializes a document, so locations are absolute without a second
//! pass over the model.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Index of a file in the loader's source map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A position in the repository: file, 1-based line and column.
/// Line 0 means "no position known" (e.g. a default value).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    /// The file, as an index into the source map.
    pub file: FileId,
    /// The 1-based line; 0 when unknown.
    pub line: u32,
    /// The 1-based column.
    pub col: u32,
}

impl Loc {
    /// No position: a default or computed value.
    pub const UNKNOWN: Loc = Loc {
        file: FileId(u32::MAX),
        line: 0,
        col: 0,
    };

    /// Whether the position points at a real place in a file.
    pub fn is_known(&self) -> bool {
        self.line > 0 && self.file.0 != u32::MAX
    }
}

thread_local! {
    static ORIGIN: Cell<(FileId, u32)> = const { Cell::new((FileId(u32::MAX), 0)) };
}

/// Runs `f` with located values attributed to `file`, lines shifted by
/// `line_offset` (the 0-based line where the current document starts).
pub(crate) fn with_origin<R>(file: FileId, line_offset: u32, f: impl FnOnce() -> R) -> R {
    let previous = ORIGIN.with(|o| o.replace((file, line_offset)));
    let result = f();
    ORIGIN.with(|o| o.set(previous));
    result
}

/// Turns a parser position (1-based, relative to the document) into a [`Loc`].
pub(crate) fn locate(line: u64, col: u64) -> Loc {
    if line == 0 {
        return Loc::UNKNOWN;
    }
    let (file, offset) = ORIGIN.with(|o| o.get());
    Loc {
        file,
        // A file's lines and columns are bounded by its size limit, far
        // below u32::MAX; saturate rather than wrap if one ever is not.
        line: u32::try_from(line)
            .unwrap_or(u32::MAX)
            .saturating_add(offset),
        col: u32::try_from(col.max(1)).unwrap_or(u32::MAX),
    }
}

/// A value and where it was written.
#[derive(Clone)]
pub struct At<T> {
    /// The value as read.
    pub value: T,
    /// Where it was written.
    pub loc: Loc,
}

impl<T> At<T> {
    /// A value read at `loc`.
    pub fn new(value: T, loc: Loc) -> Self {
        At { value, loc }
    }

    /// A value with no position, for defaults and computed values.
    pub fn unlocated(value: T) -> Self {
        At {
            value,
            loc: Loc::UNKNOWN,
        }
    }
}

impl<T> std::ops::Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: fmt::Debug> fmt::Debug for At<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<T: fmt::Display> fmt::Display for At<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<T: PartialEq> PartialEq for At<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for At<T> {}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for At<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        let loc = locate(spanned.referenced.line(), spanned.referenced.column());
        Ok(At {
            value: spanned.value,
            loc,
        })
    }
}

impl<T: Serialize> Serialize for At<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl<T: JsonSchema> JsonSchema for At<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

//! The one public error type. Messages are lower-case and name the offending field or limit.

use std::fmt;

/// Why [`crate::analyze`] refused its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong; kept private so variants can be added without breaking callers.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    /// `len` bytes of UTF-8, or at least that many when `at_least` (a JS string refused before
    /// all of it is copied in).
    TooLarge {
        len: usize,
        limit: usize,
        at_least: bool,
    },
    InvalidOption {
        field: String,
        reason: String,
    },
}

impl Error {
    pub(crate) fn too_large(len: usize, limit: usize) -> Self {
        Error {
            kind: ErrorKind::TooLarge {
                len,
                limit,
                at_least: false,
            },
        }
    }
    /// A text of at least `len` bytes of UTF-8 (known before it is all encoded).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn too_large_at_least(len: usize, limit: usize) -> Self {
        Error {
            kind: ErrorKind::TooLarge {
                len,
                limit,
                at_least: true,
            },
        }
    }
    /// An option (named by `field`) had a value that cannot be used.
    pub fn invalid_option(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::InvalidOption {
                field: field.into(),
                reason: reason.into(),
            },
        }
    }
    /// The option field this error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::InvalidOption { field, .. } => Some(field),
            ErrorKind::TooLarge { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge {
                len,
                limit,
                at_least,
            } => write!(
                f,
                "text is too large: {}{len} bytes (UTF-8), the limit is {limit} bytes; split it into smaller documents",
                if *at_least { "at least " } else { "" }
            ),
            ErrorKind::InvalidOption { field, reason } => write!(f, "invalid option `{field}`: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

/// `s` quoted for an error message, cut after 40 characters: a message never echoes a whole
/// pasted text ("…", then the length in characters).
pub(crate) fn quoted(s: &str) -> String {
    const SHOWN: usize = 40;
    match s.char_indices().nth(SHOWN) {
        None => format!("{s:?}"),
        Some((cut, _)) => format!("{:?}… ({} characters)", &s[..cut], s.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cuts_long_values() {
        let table: &[(&str, String, &str)] = &[
            ("short", "refDate".to_string(), "\"refDate\""),
            (
                "exactly 40",
                "x".repeat(40),
                "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
            ),
            (
                "41",
                "x".repeat(41),
                "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"… (41 characters)",
            ),
            (
                "multibyte, cut on a character",
                "é".repeat(1_000_000),
                "\"éééééééééééééééééééééééééééééééééééééééé\"… (1000000 characters)",
            ),
        ];
        for (name, s, want) in table {
            assert_eq!(quoted(s), *want, "{name}");
        }
    }
}

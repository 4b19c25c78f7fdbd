//! Options for [`crate::analyze`], and their parsing from loosely typed callers (JS, JSONL).

use crate::date::Date;
use crate::error::Error;
use serde::Deserialize;

/// The largest input [`crate::analyze`] accepts: 16 MiB of UTF-8.
///
/// Cost is linear in the input, so this is a guard against accidents (a pasted binary, a whole
/// archive), not a performance limit; split larger corpora into documents.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// How to analyze a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The date the article was written ("the reference date"). Relative expressions ("on
    /// Thursday", "last month") resolve against it. When `None`, Storyline looks for a dateline in
    /// the text; failing that, relative expressions stay underspecified (`XXXX-WXX-4`).
    pub reference_date: Option<Date>,
}

impl Options {
    /// Options with no reference date.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the reference date from `YYYY-MM-DD`; the error names the field and the problem.
    pub fn with_reference_date(mut self, date: &str) -> Result<Self, Error> {
        self.reference_date = Some(
            Date::parse_iso(date.trim()).map_err(|e| Error::invalid_option("referenceDate", e))?,
        );
        Ok(self)
    }
}

/// Options as a JavaScript object or JSON gives them: `{ referenceDate?: "YYYY-MM-DD" | null }`
/// (`reference_date` is accepted too). Unknown keys are an error, so typos are not silently ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOptions {
    /// The reference date, `YYYY-MM-DD`.
    #[serde(default, rename = "referenceDate", alias = "reference_date")]
    pub reference_date: Option<String>,
}

impl TryFrom<RawOptions> for Options {
    type Error = Error;
    fn try_from(raw: RawOptions) -> Result<Options, Error> {
        match raw.reference_date {
            Some(d) => Options::new().with_reference_date(&d),
            None => Ok(Options::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_reference_dates_name_the_field() {
        for bad in ["2025-02-30", "tomorrow", "", "10000-01-01"] {
            let e = Options::new().with_reference_date(bad).unwrap_err();
            assert_eq!(e.field(), Some("referenceDate"), "{bad}");
            assert!(e.to_string().contains("referenceDate"), "{e}");
        }
        assert!(Options::new().with_reference_date("2025-03-13").is_ok());
    }
}

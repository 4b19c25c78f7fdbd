//! Word lists compiled in from `src/tables/lexicon/` and `src/tables/gazetteer/demonyms.tsv`,
//! parsed once on first use.
//!
//! Public API for the other entity stages (patterns, refinement, resolution, roles):
//!
//! - titles and roles: [`titles`], [`title_at`], [`is_title`], [`is_title_word`], [`is_title_modifier`];
//! - people's names: [`is_given_name`], [`is_surname`];
//! - nationalities: [`demonym`], [`demonym_country`];
//! - capitalized function words that never start a name: [`is_non_name_word`];
//! - name head words ("Ministry", "Street", "Olympics"): [`name_head`]; calendar words:
//!   [`is_calendar_word`]; acronyms that name no organization: [`is_common_acronym`]; verbs of
//!   saying: [`is_speech_verb`]; ordinary English words: [`is_vocabulary`].
//!
//! All lookups are case-insensitive for titles and function words, case-sensitive (capitalized
//! form) for names and demonyms.

use crate::tables::coded::Coded;
use crate::tables::{columns, data_lines, first_column, line_bound, SortedTable, Words};
use crate::text::hash::{with_lowercase, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A title or role ("President", "Kremlin spokesman" has the role "spokesman").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The title in lower case, words separated by one space ("prime minister").
    pub words: &'static str,
    /// Its class: `political`, `government`, `diplomatic`, `military`, `police`, `legal`,
    /// `corporate`, `media`, `religious`, `academic`, `sports`, `royal`, `honorific`, `civic`, `other`.
    pub class: &'static str,
    /// True when it is used right before a name as a title ("President Putin", "Gen. Smith");
    /// false for role nouns ("spokesman", "envoy") that stand in apposition.
    pub pre: bool,
    /// Also a frequent given name ("Dean"): before a lone surname it opens a person's name.
    pub given: bool,
}

/// A nationality, religious or political group word and the place it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demonym {
    /// The word as written ("Ukrainian", "Ukrainians").
    pub surface: &'static str,
    /// The place it belongs to ("Ukraine"); `None` for groups of no place ("Muslims").
    pub country: Option<&'static str>,
    /// The form: adjective or singular noun, plural noun, or a person noun that is never an adjective.
    pub form: DemonymForm,
}

/// The grammatical form of a [`Demonym`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemonymForm {
    /// Adjective, also the singular noun ("Russian", "Swiss").
    Adj,
    /// Plural noun ("Russians").
    Plural,
    /// Singular person noun only ("Frenchman").
    Person,
}

static TITLES_SRC: &str = crate::table!(include_str!("../tables/lexicon/titles.tsv"));
static TITLE_MODIFIERS_SRC: &str =
    crate::table!(include_str!("../tables/lexicon/title_modifiers.txt"));
/// Given names with their gender column (`f`, `m` or `-`); quote attribution reads the gender.
/// The long sorted lists are front-coded ([`crate::tables::coded`]).
static GIVEN_SRC: Coded = crate::coded_table!(crate::table!(include_str!(
    "../tables/lexicon/given_names.tsv"
)));
static GIVEN_EXTRA_SRC: Coded = crate::coded_table!(crate::table!(include_str!(
    "../tables/lexicon/given_names_extra.txt"
)));
static SURNAME_SRC: Coded = crate::coded_table!(crate::table!(include_str!(
    "../tables/lexicon/surnames.txt"
)));
static SURNAME_EXTRA_SRC: Coded = crate::coded_table!(crate::table!(include_str!(
    "../tables/lexicon/surnames_extra.txt"
)));
static DEMONYM_SRC: &str = crate::table!(include_str!("../tables/gazetteer/demonyms.tsv"));
static NON_NAME_SRC: &str = crate::table!(include_str!("../tables/lexicon/non_name_words.txt"));
static CALENDAR_SRC: &str = crate::table!(include_str!("../tables/lexicon/calendar_words.txt"));
static ACRONYM_SRC: &str = crate::table!(include_str!("../tables/lexicon/common_acronyms.txt"));
/// Verbs of saying with their use (`name`, `quote` or `both`); quote attribution reads it too.
pub(crate) static SPEECH_SRC: &str =
    crate::table!(include_str!("../tables/lexicon/speech_verbs.tsv"));
static HEADS_SRC: &str = crate::table!(include_str!("../tables/lexicon/name_heads.tsv"));
static CUES_SRC: &str = crate::table!(include_str!("../tables/lexicon/cue_words.tsv"));
static WORK_CUES_SRC: &str = crate::table!(include_str!("../tables/lexicon/work_cues.txt"));
static VOCAB_SRC: Coded = crate::coded_table!(crate::table!(include_str!(
    "../tables/lexicon/common_words.txt"
)));

struct TitleTable {
    /// Each title by its words, in table order (a title listed twice keeps its first line).
    list: Words<Title>,
    words: HashSet<&'static str>,
    max_words: usize,
}

static TITLES: LazyLock<TitleTable> = LazyLock::new(|| {
    let mut list = Words::default();
    let mut words = HashSet::default();
    let mut max_words = 1;
    for line in data_lines(TITLES_SRC) {
        let c = columns(line);
        let w = c[0].trim();
        if w.is_empty() {
            continue;
        }
        let t = Title {
            words: w,
            class: c.get(1).copied().unwrap_or("other"),
            pre: c.get(2).is_some_and(|p| *p == "pre"),
            given: c.get(3).is_some_and(|g| *g == "given"),
        };
        max_words = max_words.max(w.split(' ').count());
        for x in w.split(' ') {
            words.insert(x);
        }
        list.insert_first(w, t);
    }
    TitleTable {
        list,
        words,
        max_words,
    }
});

/// The words of the first column of `srcs` (given_names.tsv has a gender column after it).
fn word_set(srcs: &[&'static str]) -> HashSet<&'static str> {
    let mut set = HashSet::with_capacity_and_hasher(line_bound(srcs), Default::default());
    for s in srcs {
        set.extend(data_lines(s).map(first_column));
    }
    set
}

static TITLE_MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(&[TITLE_MODIFIERS_SRC]));
/// Given names, each with its gender (`f` or `m`; `None` for `-` and for the extra names, which
/// have no gender column): one table, sorted (see [`SortedTable`]), for name finding and for quote
/// attribution.
static GIVEN: SortedTable = SortedTable::new(&[&GIVEN_SRC, &GIVEN_EXTRA_SRC]);
static SURNAMES: SortedTable = SortedTable::new(&[&SURNAME_SRC, &SURNAME_EXTRA_SRC]);
static NON_NAME: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(&[NON_NAME_SRC]));
static CALENDAR: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(&[CALENDAR_SRC]));
static ACRONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(&[ACRONYM_SRC]));
static WORK_CUES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(&[WORK_CUES_SRC]));
static SPEECH: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| speech_verbs(&["name", "both"]).collect());

/// The verbs of saying whose use column is one of `uses`.
pub(crate) fn speech_verbs(uses: &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    data_lines(SPEECH_SRC).filter_map(move |l| {
        let (w, u) = l.split_once('\t')?;
        uses.contains(&u.trim()).then_some(w.trim())
    })
}
/// The frequent words, lower-case and sorted (see [`SortedTable`]).
static VOCAB: SortedTable = SortedTable::new(&[&VOCAB_SRC]);

/// True when `w` (any case) is one of the most frequent English words ("power", "people", "hope").
/// Frequency lists hold some names too ("james"): check the name lists first where it matters.
pub fn is_vocabulary(w: &str) -> bool {
    with_lowercase(w, |l| VOCAB.contains(l))
}

/// Where a head word stands in a name: see [`name_head`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    /// The kind it gives the name.
    pub kind: crate::model::Kind,
    /// It may end the name ("Irving Police Department").
    pub last: bool,
    /// It may start the name ("University of Texas", "Mount Everest").
    pub first: bool,
    /// It starts a name only before "of" ("State of Texas").
    pub of_only: bool,
    /// A company's legal form ("Inc", "GmbH"): it may follow a head word.
    pub legal: bool,
}

/// The classes of `cue_words.tsv`, as bits (see [`cue_word`]).
pub mod cue {
    /// "the newspaper X".
    pub const OUTLET: u32 = 1;
    /// "the security firm X", "X, the vaccine alliance,".
    pub const BODY: u32 = 1 << 1;
    /// "Chipmaker Arvane" (any case).
    pub const INDUSTRY: u32 = 1 << 2;
    /// "the Green Vault museum": a place.
    pub const FACILITY: u32 = 1 << 3;
    /// "the Mayo hospital": an organization.
    pub const FACILITY_ORG: u32 = 1 << 4;
    /// "analysts at Berenberg" (any case).
    pub const STAFF: u32 = 1 << 5;
    /// "the People's Party".
    pub const POSSESSIVE: u32 = 1 << 6;
    /// "South London".
    pub const COMPASS: u32 = 1 << 7;
    /// "the Kursk region".
    pub const REGION: u32 = 1 << 8;
    /// "the town of X".
    pub const SETTLEMENT: u32 = 1 << 9;
    /// "the Russian defence ministry".
    pub const MINISTRY: u32 = 1 << 10;
    /// "the cruise ship Freewinds".
    pub const CRAFT: u32 = 1 << 11;
    /// "the Perseverance rover".
    pub const SPACECRAFT: u32 = 1 << 12;
    /// "a former head of Rockwell Collins": before "of", a body follows.
    pub const LEADER: u32 = 1 << 13;
    /// "Lyon have sacked their coach": a plural verb after a town at a sentence start.
    pub const TEAM: u32 = 1 << 14;
    /// "the Onagawa nuclear plant": a kind of plant between a name and its facility noun.
    pub const FACILITY_KIND: u32 = 1 << 15;
    /// "the Runcorn and Helsby by-election", "the Eaton fire": an event named before its kind.
    pub const EVENT: u32 = 1 << 16;
    /// "Barcelona defender Ronald Araujo": a player's or manager's role after a team's name.
    pub const SQUAD: u32 = 1 << 17;
    /// "Lyon beat Nantes 2-1": a verb of a match's result after a team's name.
    pub const RESULT: u32 = 1 << 18;
    /// "Tennis Australia said": a sport or public service naming a country's national body.
    pub const NATIONAL: u32 = 1 << 19;

    /// The bit of a class name of `cue_words.tsv`.
    pub fn parse(class: &str) -> Option<u32> {
        Some(match class {
            "outlet" => OUTLET,
            "body" => BODY,
            "industry" => INDUSTRY,
            "facility" => FACILITY,
            "facility-org" => FACILITY_ORG,
            "staff" => STAFF,
            "possessive" => POSSESSIVE,
            "compass" => COMPASS,
            "region" => REGION,
            "settlement" => SETTLEMENT,
            "ministry" => MINISTRY,
            "craft" => CRAFT,
            "spacecraft" => SPACECRAFT,
            "leader" => LEADER,
            "team" => TEAM,
            "facility-kind" => FACILITY_KIND,
            "event" => EVENT,
            "squad" => SQUAD,
            "result" => RESULT,
            "national" => NATIONAL,
            _ => return None,
        })
    }
}

static CUES: LazyLock<Words<u32>> = LazyLock::new(|| {
    let mut m = Words::default();
    for line in data_lines(CUES_SRC) {
        let c = columns(line);
        let bits = c.get(1).map_or(0, |k| {
            k.split(',').filter_map(cue::parse).fold(0, |a, b| a | b)
        });
        m.insert(c[0], bits);
    }
    m
});

/// Whether `w`, as written, is a cue word of one of the classes `classes` (bits of [`cue`]):
/// `tables/lexicon/cue_words.tsv`.
pub fn cue_word(w: &str, classes: u32) -> bool {
    CUES.get(w).is_some_and(|c| c & classes != 0)
}

static HEADS: LazyLock<Words<Head>> = LazyLock::new(|| {
    let mut m = Words::default();
    for line in data_lines(HEADS_SRC) {
        let c = columns(line);
        let (Some(kind), Some(w)) = (
            c.get(1).and_then(|k| crate::model::Kind::parse(k)),
            c.get(2),
        ) else {
            continue;
        };
        let head = Head {
            kind,
            last: matches!(*w, "last" | "both"),
            first: matches!(*w, "first" | "both" | "of"),
            of_only: *w == "of",
            legal: c.get(3) == Some(&"legal"),
        };
        m.insert_first(c[0], head);
    }
    m
});

/// The kind a capitalized head word gives a name ("Ministry" → organization, "Street" → place,
/// "Olympics" → event, "Act" → law), with where in the name it may stand.
pub fn name_head(w: &str) -> Option<Head> {
    HEADS.get(w).copied()
}

/// True when `first`, opening a name of `n` words, is a title that is also a frequent given name
/// (`given` in `titles.tsv`) and the name is it and a surname ("Dean Kamen"): a person's whole
/// name, no title before a surname.
pub fn given_name_title(first: &str, n: usize) -> bool {
    n == 2 && is_title(first).is_some_and(|t| t.given)
}

/// True when `w`, a title that is also a surname, follows the given name `prev`: part of the
/// person's name, no title ("Naseem Shah", "Shaheen Shah Afridi", "John Major").
pub fn surname_title(prev: &str, w: &str) -> bool {
    is_given_name(prev) && is_surname(w)
}

/// True for a company's legal form as written after its name, with or without its final dot
/// ("Inc", "Inc.", "S.A.", "GmbH"): the rows of `name_heads.tsv` marked `legal`.
pub fn is_legal_form(w: &str) -> bool {
    [w, w.trim_end_matches('.')]
        .iter()
        .any(|f| name_head(f).is_some_and(|h| h.legal))
}

/// True for month and weekday names and their abbreviations ("Thursday", "Aug").
pub fn is_calendar_word(w: &str) -> bool {
    CALENDAR.contains(w)
}

/// True when `w` (lower case) names a kind of work ("film", "novel"), or, as two words, is a
/// phrase that stands before a work's title ("role in"): `tables/lexicon/work_cues.txt`.
pub fn is_work_cue(w: &str) -> bool {
    WORK_CUES.contains(w)
}

/// True for an acronym of an everyday thing that names no organization ("GDP", "SUV", "IQ").
pub fn is_common_acronym(w: &str) -> bool {
    ACRONYMS.contains(w)
}

/// True for verbs of saying that follow a speaker ("said", "told", "added").
pub fn is_speech_verb(w: &str) -> bool {
    SPEECH.contains(w)
}

static DEMONYMS: LazyLock<Words<Demonym>> = LazyLock::new(|| {
    let mut m = Words::default();
    for line in data_lines(DEMONYM_SRC) {
        let c = columns(line);
        if c.len() < 3 {
            continue;
        }
        let form = match c[2] {
            "plural" => DemonymForm::Plural,
            "person" => DemonymForm::Person,
            _ => DemonymForm::Adj,
        };
        let d = Demonym {
            surface: c[0],
            country: (c[1] != "-").then_some(c[1]),
            form,
        };
        m.insert_first(c[0], d);
    }
    m
});

/// Calls `f` with `w` lower-cased and a final abbreviation dot dropped ("Gen." → "gen").
fn with_key<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lowercase(w.strip_suffix('.').unwrap_or(w), f)
}

/// Every title and role of `src/tables/lexicon/titles.tsv`, in table order.
pub fn titles() -> impl Iterator<Item = &'static Title> {
    TITLES.list.iter().map(|(_, t)| t)
}

/// The title `phrase` names, if any (case-insensitive; words separated by single spaces;
/// a final abbreviation dot is ignored: "Gen." → "gen").
pub fn is_title(phrase: &str) -> Option<&'static Title> {
    let t = &*TITLES;
    with_key(phrase, |k| t.list.get(k))
}

/// The longest title at the start of `words` (one word per item, e.g. the token texts after a
/// name): returns how many words it spans and the title. "Prime Minister Keir Starmer" →
/// `Some((2, prime minister))`. Dots ending abbreviations must be separate items or dropped.
pub fn title_at(words: &[&str]) -> Option<(usize, &'static Title)> {
    let t = &*TITLES;
    // A phrase starting with a word that is in no title matches none: stop before building any.
    let first = words.first()?;
    if with_key(first, |k| !k.contains(' ') && !t.words.contains(k)) {
        return None;
    }
    let mut best = None;
    let mut phrase = String::new();
    for (i, w) in words.iter().take(t.max_words).enumerate() {
        if i > 0 {
            phrase.push(' ');
        }
        with_key(w, |k| phrase.push_str(k));
        if let Some(title) = t.list.get(&phrase) {
            best = Some((i + 1, title));
        }
    }
    best
}

/// The `pre` title of office whose plural `w` is ("Justices" → justice, "Senators" → senator),
/// for a run that opens with one before a name ("as did Justices Melissa Hart and William
/// Hood"). Not a religious, royal or honorific one: "Brothers", "Sisters", "Cardinals" open
/// names ("The Brothers Karamazov", "Arizona Cardinals").
pub fn plural_title(w: &str) -> Option<&'static Title> {
    let one = w.strip_suffix('s')?;
    [one, one.strip_suffix('e').unwrap_or(one)]
        .into_iter()
        .filter(|k| k.len() > 2)
        .find_map(|k| {
            is_title(k).filter(|t| t.pre && !matches!(t.class, "religious" | "royal" | "honorific"))
        })
}

/// True when `w` (any case) is one of the words any title is made of ("minister", "prime",
/// "spokesman", "gen").
pub fn is_title_word(w: &str) -> bool {
    with_key(w, |k| TITLES.words.contains(k))
}

/// True when `w` (any case) may stand before a title as part of the role ("former", "deputy",
/// "presidential", "acting").
pub fn is_title_modifier(w: &str) -> bool {
    with_lowercase(w, |l| TITLE_MODIFIERS.contains(l))
}

/// True when `w` (capitalized as in a name: "James", "Dmitry") is a known given name
/// (US Census 1990 lists plus curated international names).
pub fn is_given_name(w: &str) -> bool {
    GIVEN.contains(w)
}

/// The gender of a given name (capitalized: "Mary"): `Some('f')` or `Some('m')` when the name is
/// (almost) only female or male in the US Census lists; `None` when unknown or not listed.
pub fn given_name_gender(w: &str) -> Option<char> {
    // "Anna\tf": the second column's first letter; `-` (no gender) and the extra names' lines
    // (no second column) give `None`.
    let (_, g) = GIVEN.line(w)?.split_once('\t')?;
    g.trim().chars().next().filter(|g| *g != '-')
}

/// True when `w` (capitalized: "Smith", "Ivanov") is a known surname
/// (US Census 1990 top surnames plus curated international surnames).
pub fn is_surname(w: &str) -> bool {
    SURNAMES.contains(w)
}

/// The demonym or group word `w` (case-sensitive: "Ukrainian", "Russians", "Muslims"), if listed.
pub fn demonym(w: &str) -> Option<&'static Demonym> {
    DEMONYMS.get(w)
}

/// The place a demonym belongs to: "Ukrainian" → "Ukraine", "Americans" → "United States".
pub fn demonym_country(w: &str) -> Option<&'static str> {
    demonym(w).and_then(|d| d.country)
}

/// True when `w` (any case) is a capitalized function or sentence word that never starts a name
/// on its own ("The", "Meanwhile", "Although", "However", "He").
/// An all-capitals word of two or more letters ("US", "IT") is an acronym, never such a word.
pub fn is_non_name_word(w: &str) -> bool {
    if w.chars().count() > 1 && !w.chars().any(char::is_lowercase) {
        return false;
    }
    with_lowercase(w, |l| NON_NAME.contains(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word of `cue_words.tsv` is listed once: a second line would replace the first's
    /// classes ("employees" lost `staff` when it was listed again as `leader`).
    #[test]
    fn cue_words_are_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for line in data_lines(CUES_SRC) {
            let w = columns(line)[0];
            assert!(seen.insert(w), "{w} is listed twice in cue_words.tsv");
        }
        assert!(cue_word("employees", cue::STAFF) && cue_word("employees", cue::LEADER));
    }

    #[test]
    fn tables_parse_and_answer() {
        for t in [
            &SURNAME_SRC,
            &SURNAME_EXTRA_SRC,
            &VOCAB_SRC,
            &GIVEN_SRC,
            &GIVEN_EXTRA_SRC,
        ] {
            crate::tables::check_sorted(t.plain()).unwrap();
        }
        assert!(is_surname("Abbott") && is_surname("Abadi") && !is_surname("abbott"));
        assert!(is_vocabulary("Power") && !is_vocabulary("Abbottx"));
        assert!(titles().count() > 100);
        assert_eq!(
            is_title("Prime Minister").map(|t| t.class),
            Some("political")
        );
        assert_eq!(is_title("Gen.").map(|t| t.pre), Some(true));
        assert!(is_title("spokesman").is_some_and(|t| !t.pre));
        let w = ["National", "Security", "Advisor", "Mike", "Waltz"];
        assert_eq!(
            title_at(&w).map(|(n, t)| (n, t.words)),
            Some((3, "national security advisor"))
        );
        assert!(title_at(&["Mike", "Waltz"]).is_none());
        assert!(is_title_word("Minister") && is_title_word("envoy") && !is_title_word("table"));
        assert!(is_title_modifier("Former") && is_title_modifier("presidential"));
        assert!(is_given_name("James") && is_given_name("Dmitry") && !is_given_name("Table"));
        assert_eq!(given_name_gender("Mary"), Some('f'));
        assert_eq!(given_name_gender("John"), Some('m'));
        assert_eq!(
            given_name_gender("Dmitry"),
            None,
            "an extra name has no gender column"
        );
        assert_eq!(given_name_gender("Table"), None);
        let genders = data_lines(GIVEN_SRC.plain())
            .filter(|l| given_name_gender(first_column(l)).is_some())
            .count();
        assert!(genders > 1000, "{genders}");
        assert!(is_surname("Smith") && is_surname("Ivanov") && !is_surname("Although"));
        assert_eq!(demonym_country("Ukrainian"), Some("Ukraine"));
        assert_eq!(demonym_country("Americans"), Some("United States"));
        assert_eq!(
            demonym("Muslims").map(|d| (d.country, d.form)),
            Some((None, DemonymForm::Plural))
        );
        assert!(
            is_non_name_word("Meanwhile") && is_non_name_word("the") && !is_non_name_word("Moscow")
        );
        assert!(is_non_name_word("Us") && !is_non_name_word("US"));
        assert!(is_calendar_word("Thursday") && !is_calendar_word("Thor"));
        assert!(is_speech_verb("said") && !is_speech_verb("ate"));
        assert!(is_vocabulary("Power") && is_vocabulary("people") && !is_vocabulary("Lukaku"));
        assert_eq!(
            name_head("Ministry").map(|h| (h.kind, h.first, h.last)),
            Some((crate::model::Kind::Organization, true, true))
        );
        assert_eq!(
            name_head("Street").map(|h| h.kind),
            Some(crate::model::Kind::Place)
        );
    }

    #[test]
    fn every_row_has_its_columns() {
        for line in data_lines(TITLES_SRC) {
            let c = columns(line);
            assert!(
                (3..=4).contains(&c.len()) && c.get(3).map_or(true, |g| *g == "given"),
                "titles.tsv: {line:?}"
            );
        }
        for line in data_lines(DEMONYM_SRC) {
            let c = columns(line);
            assert_eq!(c.len(), 3, "demonyms.tsv: {line:?}");
            assert!(
                matches!(c[2], "adj" | "plural" | "person"),
                "demonyms.tsv: {line:?}"
            );
        }
        for line in data_lines(CUES_SRC) {
            let c = columns(line);
            assert!(
                c.len() == 2 && c[1].split(',').all(|k| cue::parse(k).is_some()),
                "cue_words.tsv: {line:?}"
            );
        }
        assert!(cue_word("firm", cue::BODY) && !cue_word("Firm", cue::BODY));
        assert!(cue_word("rover", cue::CRAFT | cue::SPACECRAFT) && !cue_word("probe", cue::CRAFT));
        for line in data_lines(HEADS_SRC) {
            let c = columns(line);
            assert!(
                (3..=4).contains(&c.len())
                    && crate::model::Kind::parse(c[1]).is_some()
                    && matches!(c[2], "last" | "first" | "both" | "of")
                    && c.get(3).map_or(true, |f| *f == "legal"),
                "name_heads.tsv: {line:?}"
            );
        }
        assert!(is_legal_form("Inc.") && is_legal_form("S.A.") && is_legal_form("GmbH"));
        assert!(!is_legal_form("Ministry") && !is_legal_form("Holdings"));
        for line in data_lines(SPEECH_SRC) {
            let c = columns(line);
            assert_eq!(c.len(), 2, "speech_verbs.tsv: {line:?}");
            assert!(
                matches!(c[1], "name" | "quote" | "both") && c[0] == c[0].to_lowercase(),
                "speech_verbs.tsv: {line:?}"
            );
        }
        assert!(is_speech_verb("said") && is_speech_verb("thinks") && !is_speech_verb("add"));
        for line in data_lines(GIVEN_SRC.plain()) {
            let c = columns(line);
            assert_eq!(c.len(), 2, "given_names.tsv: {line:?}");
            assert!(
                matches!(c[1], "f" | "m" | "-")
                    && c[0].chars().next().is_some_and(char::is_uppercase),
                "given_names.tsv: {line:?}"
            );
        }
        for src in [&GIVEN_EXTRA_SRC, &SURNAME_SRC, &SURNAME_EXTRA_SRC] {
            for line in data_lines(src.plain()) {
                assert!(
                    !line.contains('\t') && line.chars().next().is_some_and(char::is_uppercase),
                    "{line:?}"
                );
            }
        }
    }
}

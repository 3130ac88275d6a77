//! The client's language and conventions: which catalog speaks to them (`text.rs`) and how their
//! dates and times are written (`dates.rs`).
//!
//! A [`Locale`] is a shipped [`Language`] and, optionally, the region whose conventions it
//! follows: `en-US` reads "9:00 AM", `en-GB` "09:00", `fr-CA` "09 h 00", all from one English
//! or French catalog.

mod dates;
mod page;
mod text;

use std::fmt;
use std::str::FromStr;

use icu_locale_core::subtags::Region;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

pub use dates::{Conventions, Piece, Template};
pub use page::ui_catalog;
pub use text::{Message, Value};

/// A language the app ships a catalog for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    English,
    Spanish,
    French,
    /// Brazilian Portuguese: the catalog is written for Brazil.
    Portuguese,
    Turkish,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::Portuguese,
        Language::Turkish,
    ];

    /// The catalog's folder and the tag of the language as a whole.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::Portuguese => "pt-BR",
            Language::Turkish => "tr",
        }
    }

    fn from_subtag(subtag: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code()[..2].eq_ignore_ascii_case(subtag))
    }
}

/// The choices Settings offers, each named in its own language (never translated).
pub const CHOICES: [(&str, &str); 7] = [
    ("en-US", "English (US)"),
    ("en-GB", "English (UK)"),
    ("es", "Español"),
    ("fr-FR", "Français (France)"),
    ("fr-CA", "Français (Canada)"),
    ("pt-BR", "Português (Brasil)"),
    ("tr", "Türkçe"),
];

/// A shipped language, and the region whose date and time conventions it follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale {
    pub language: Language,
    region: Option<Region>,
}

impl Default for Locale {
    /// English, with the conventions CLDR gives English without a region (the US's).
    fn default() -> Locale {
        Locale::from(Language::English)
    }
}

impl From<Language> for Locale {
    fn from(language: Language) -> Locale {
        Locale {
            language,
            region: None,
        }
    }
}

impl Locale {
    /// The first of the system's preferred locales that the app speaks, else English. Takes
    /// BCP 47 tags (`pt-BR`, from a phone) and POSIX names (`es_ES.UTF-8`, from `LANG`) alike;
    /// `C` and anything unreadable are passed over.
    pub fn from_system<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(|tag| tag.parse().ok())
            .unwrap_or_default()
    }

    /// Whether text tagged `tag` (`es`, `pt-BR`, `es-MX`) is in `language`.
    pub fn speaks(tag: &str, language: Language) -> bool {
        tag.parse::<Locale>()
            .is_ok_and(|locale| locale.language == language)
    }

    /// The tag ICU and the WebView read: `en`, `en-GB`, `pt-BR`.
    pub fn tag(&self) -> String {
        let language = &self.language.code()[..2];
        match self.region {
            Some(region) => format!("{language}-{}", region.as_str()),
            None if self.language == Language::Portuguese => "pt-BR".to_string(),
            None => language.to_string(),
        }
    }

    fn icu(self) -> icu_locale_core::Locale {
        self.tag()
            .parse()
            .expect("a shipped language and a valid region form a locale")
    }
}

impl FromStr for Locale {
    type Err = Error;

    /// `fr-CA`, `fr_CA.UTF-8`, `es`, `pt_BR@euro`: a shipped language, with a region if given.
    fn from_str(value: &str) -> Result<Locale> {
        let unknown = || Error::UnknownLanguage {
            value: value.to_string(),
        };
        let tag = value
            .trim()
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let parsed: icu_locale_core::LanguageIdentifier = tag.parse().map_err(|_| unknown())?;
        let language = Language::from_subtag(parsed.language.as_str()).ok_or_else(unknown)?;
        Ok(Locale {
            language,
            region: parsed.region,
        })
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag())
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Locale, D::Error> {
        let tag = String::deserialize(deserializer)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names_and_bcp47_tags_read_alike() {
        for (value, tag) in [
            ("es_ES.UTF-8", "es-ES"),
            ("fr-CA", "fr-CA"),
            ("pt_BR", "pt-BR"),
            ("pt", "pt-BR"),
            ("tr_TR.UTF-8@turkish", "tr-TR"),
            ("en", "en"),
            ("EN-gb", "en-GB"),
        ] {
            let locale: Locale = value.parse().expect(value);
            assert_eq!(
                locale.tag(),
                tag,
                "`{value}` names the language and region it says"
            );
        }
    }

    #[test]
    fn a_language_not_shipped_is_refused_by_name() {
        for value in ["de-DE", "C", "", "x", "en-@@"] {
            let error = value.parse::<Locale>().expect_err(value);
            assert!(
                matches!(error, Error::UnknownLanguage { .. }),
                "`{value}` is not a language the app speaks: {error}"
            );
        }
    }

    #[test]
    fn every_choice_offered_is_a_locale_the_app_speaks() {
        for (tag, _) in CHOICES {
            let locale: Locale = tag.parse().expect(tag);
            assert_eq!(locale.tag(), tag, "a choice reads back as itself");
        }
    }

    #[test]
    fn the_system_s_first_spoken_language_wins_else_english() {
        assert_eq!(
            Locale::from_system(["de_DE.UTF-8", "fr_CA.UTF-8", "es"]).tag(),
            "fr-CA",
            "German is not shipped, so the next preference speaks"
        );
        assert_eq!(
            Locale::from_system(["C", "POSIX"]),
            Locale::default(),
            "a system without a language gets English"
        );
    }
}

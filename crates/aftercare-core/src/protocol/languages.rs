//! A protocol's words in several languages: which a client reads, and which an artist edits.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::{Protocol, ProtocolText, RuleText};
use crate::locale::Locale;

impl Protocol {
    /// The protocol to edit in `locale`'s language (artist mode): where it has that language,
    /// those words become its own and its own join the translations, so that a text the artist
    /// rewrites is in the language they write.
    #[must_use]
    pub fn written_in(&self, locale: Locale) -> Protocol {
        let mut protocol = self.clone();
        let Some(new_own) = tag_for(&self.translations, locale)
            .or_else(|| {
                self.rules
                    .iter()
                    .find_map(|rule| tag_for(&rule.translations, locale))
            })
            .cloned()
        else {
            return protocol;
        };
        if Locale::speaks(&self.language, locale.language) {
            return protocol;
        }
        let old_own = std::mem::replace(&mut protocol.language, new_own.clone());
        if let Some(text) = protocol.translations.remove(&new_own) {
            let name = std::mem::replace(&mut protocol.name, text.name);
            let description = std::mem::replace(&mut protocol.description, text.description);
            protocol
                .translations
                .insert(old_own.clone(), ProtocolText { name, description });
        }
        for rule in &mut protocol.rules {
            if let Some(text) = rule.translations.remove(&new_own) {
                let title = std::mem::replace(&mut rule.title, text.title);
                let body = std::mem::replace(&mut rule.body, text.body);
                rule.translations
                    .insert(old_own.clone(), RuleText { title, body });
            }
        }
        protocol
    }

    /// The protocol as a client speaking `locale` reads it: each text in their language where
    /// the protocol has it, else in the protocol's own. Borrowed when the protocol is written in
    /// that language: every schedule asks, and a copy of every rule with all its translations
    /// was a twentieth of the schedule's time.
    #[must_use]
    pub fn in_language(&self, locale: Locale) -> Cow<'_, Protocol> {
        if Locale::speaks(&self.language, locale.language) {
            return Cow::Borrowed(self);
        }
        let mut protocol = self.clone();
        if let Some(text) = translated(&self.translations, locale) {
            protocol.name.clone_from(&text.name);
            protocol.description.clone_from(&text.description);
        }
        for rule in &mut protocol.rules {
            if let Some(text) = translated(&rule.translations, locale) {
                rule.title.clone_from(&text.title);
                rule.body.clone_from(&text.body);
            }
        }
        Cow::Owned(protocol)
    }
}

/// The tag of the translation in `locale`'s language, if there is one.
fn tag_for<T>(translations: &BTreeMap<String, T>, locale: Locale) -> Option<&String> {
    translations
        .keys()
        .find(|tag| Locale::speaks(tag, locale.language))
}

/// The translation in `locale`'s language, if there is one.
fn translated<T>(translations: &BTreeMap<String, T>, locale: Locale) -> Option<&T> {
    tag_for(translations, locale).map(|tag| &translations[tag])
}

//! The app's one error type, as the UI receives it: `{ kind, message }`, where the message is
//! written for the client, in their language, and the kind says what they can do about it.

use std::fmt;

use aftercare_core::Locale;
use aftercare_core::locale::Message;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// Put into words by [`Error::message`] (`Display`: English, for logs).
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    Engine(#[from] aftercare_core::Error),
    Store(#[from] aftercare_store::Error),
    Delivery(#[from] aftercare_notify::Error),
    /// Input the engine never saw because it did not arrive whole.
    Input(Message),
    /// What the device or its system refused.
    Platform(Message),
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The system's own words for a failure, inside the app's.
    pub(crate) fn platform(detail: impl fmt::Display) -> Error {
        Error::Platform(Message::new("error-platform").arg("detail", detail.to_string()))
    }

    /// `input`: the client can correct what they entered; `storage`: the data could not be
    /// read or written; `delivery`: notifications could not be set up.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Error::Engine(_) | Error::Input(_) => "input",
            Error::Store(error) if error.is_input() => "input",
            Error::Store(_) => "storage",
            Error::Delivery(_) | Error::Platform(_) => "delivery",
        }
    }

    fn message(&self, locale: Locale) -> String {
        match self {
            Error::Engine(error) => error.message(&locale),
            Error::Store(error) => error.message(&locale),
            Error::Delivery(error) => error.message(&locale),
            Error::Input(message) | Error::Platform(message) => message.in_locale(&locale),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::default()))
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("Error", 2)?;
        error.serialize_field("kind", self.kind())?;
        error.serialize_field("message", &self.message(crate::locale::current()))?;
        error.end()
    }
}

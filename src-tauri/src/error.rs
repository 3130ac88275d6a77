//! The app's one error type, as the UI receives it: `{ kind, message }`, where the message is
//! written for the client and the kind says what they can do about it.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error(transparent)]
    Engine(#[from] aftercare_core::Error),
    #[error(transparent)]
    Store(#[from] aftercare_store::Error),
    #[error(transparent)]
    Delivery(#[from] aftercare_notify::Error),
    /// Input the engine never saw because it did not arrive whole.
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    Platform(String),
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
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
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("Error", 2)?;
        error.serialize_field("kind", self.kind())?;
        error.serialize_field("message", &self.to_string())?;
        error.end()
    }
}

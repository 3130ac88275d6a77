//! `protocol`: the rules followed, as data: show, check and choose one, share it as a code, a link
//! or a QR code, and import one an artist shared.

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use aftercare_core::compare::{self, Difference};
use aftercare_core::protocol::Source;
use aftercare_core::{Locale, Protocol, share};
use aftercare_store::Store;
use clap::Subcommand;

use super::written;
use crate::error::Error;
use crate::machine::{self, now, open, speaking};
use crate::render;

/// Show, check or choose aftercare protocols.
#[derive(Debug, Subcommand)]
pub(crate) enum ProtocolCommand {
    /// Print a protocol (default: the one the app ships with) as TOML, or JSON.
    Show {
        /// A bundled protocol (`seed`, `strict`) or a protocol file.
        #[arg(long, value_name = "FILE|seed|strict")]
        protocol: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check a protocol file, naming the line and field of each problem.
    Check { file: PathBuf },
    /// Follow a protocol from now on: a bundled one (`seed`, `strict`) or a file.
    Use { protocol: String },
    /// Print a protocol file's share code and the link that opens it in the app.
    Share { file: PathBuf },
    /// Write a protocol file's link as a QR code (SVG).
    Qr {
        file: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Show how a shared protocol (a code, a link or a file) differs from yours, and follow it
    /// once you accept.
    Import {
        #[arg(value_name = "CODE_OR_FILE")]
        source: String,
        /// Accept without asking.
        #[arg(long)]
        yes: bool,
    },
}

pub(crate) fn run(
    command: ProtocolCommand,
    db: Option<&Path>,
    lang: Option<Locale>,
) -> Result<String, Error> {
    match command {
        ProtocolCommand::Show { protocol, json } => show(protocol.as_deref(), json),
        ProtocolCommand::Check { file } => check(&file, machine::language(lang)),
        ProtocolCommand::Use { protocol: name } => {
            let (protocol, origin) = read_source(&name)?;
            let mut store = open(db)?;
            let locale = speaking(&store, lang)?;
            follow(&mut store, &protocol, &origin, locale)
        }
        ProtocolCommand::Share { file } => {
            let protocol = read_protocol(&file)?;
            Ok(format!(
                "{}\n{}\n",
                share::encode(&protocol),
                share::link(&protocol)
            ))
        }
        ProtocolCommand::Qr { file, output } => {
            let svg = share::qr_svg(&share::link(&read_protocol(&file)?))?;
            written(output.as_deref(), svg, machine::language(lang))
        }
        ProtocolCommand::Import { source, yes } => import(&source, yes, db, lang),
    }
}

fn show(name: Option<&str>, json: bool) -> Result<String, Error> {
    match name {
        // The bundled file itself, its comments included.
        None if !json => Ok(aftercare_core::protocol::BUNDLED[0].1.to_string()),
        None => Ok(Protocol::seed().to_json()),
        Some(name) => {
            let protocol = load_protocol(name)?;
            Ok(if json {
                protocol.to_json()
            } else {
                protocol.to_toml()
            })
        }
    }
}

fn check(file: &Path, locale: Locale) -> Result<String, Error> {
    let protocol = read_protocol(file).map_err(|error| match error {
        Error::InFile {
            path,
            error: aftercare_core::Error::InvalidProtocol { problems },
        } => Error::Problems { path, problems },
        other => other,
    })?;
    Ok(render::line(
        locale,
        "cli-protocol-ok",
        [
            ("file", file.display().to_string().into()),
            ("name", protocol.name.into()),
            ("version", protocol.version.into()),
            ("rules", protocol.rules.len().into()),
        ],
    ))
}

fn import(
    source: &str,
    yes: bool,
    db: Option<&Path>,
    lang: Option<Locale>,
) -> Result<String, Error> {
    // A file if there is one by that name, else the code or link itself.
    let incoming = if Path::new(source).is_file() {
        read_protocol(Path::new(source))?
    } else {
        share::import(source)?
    };
    let mut store = open(db)?;
    let locale = speaking(&store, lang)?;
    let differences = compare::differences(&store.protocol()?.protocol, &incoming, locale);
    let mut out = compared(&incoming, &differences, locale);
    if differences.is_empty() {
        return Ok(out);
    }
    let accepted = yes || {
        print!("{out}");
        out.clear();
        confirm(locale)?
    };
    if !accepted {
        out.push_str(&render::line(locale, "cli-protocol-declined", []));
        return Ok(out);
    }
    out.push_str(&follow(
        &mut store,
        &incoming,
        &share::origin(&incoming),
        locale,
    )?);
    Ok(out)
}

fn follow(
    store: &mut Store,
    protocol: &Protocol,
    origin: &str,
    locale: Locale,
) -> Result<String, Error> {
    let changes = store.set_protocol(protocol, origin, now())?;
    let shown = protocol.in_language(locale);
    Ok(render::line(
        locale,
        "cli-protocol-following",
        [
            ("name", shown.name.as_str().into()),
            ("version", shown.version.as_str().into()),
            ("changes", render::changes(&changes, locale).into()),
        ],
    ))
}

/// Asks on the terminal whether to follow the protocol; anything but yes, or no terminal, is no.
fn confirm(locale: Locale) -> Result<bool, Error> {
    use std::io::IsTerminal as _;
    if !io::stdin().is_terminal() {
        return Ok(false);
    }
    print!("{} [y/N] ", locale.text("cli-protocol-confirm"));
    let _ = io::stdout().flush();
    let mut answer = String::new();
    io::stdin()
        .read_line(&mut answer)
        .map_err(|source| Error::Read {
            path: locale.text("cli-standard-input"),
            source,
        })?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// A bundled protocol by id, or else a file.
pub(crate) fn load_protocol(name: &str) -> Result<Protocol, Error> {
    Ok(read_source(name)?.0)
}

/// `seed`, `strict`, or a protocol file: the protocol, and the origin it is stored with.
fn read_source(name: &str) -> Result<(Protocol, String), Error> {
    if Protocol::bundled(name).is_some() {
        return Ok(Source::Bundled(name).read()?);
    }
    Ok((read_protocol(Path::new(name))?, name.to_string()))
}

fn read_protocol(path: &Path) -> Result<Protocol, Error> {
    let text = read_file(path)?;
    share::import(&text).map_err(|error| Error::InFile {
        path: path.display().to_string(),
        error,
    })
}

/// A protocol file's text; one larger than a protocol can be is not read at all.
fn read_file(path: &Path) -> Result<String, Error> {
    let shown = path.display().to_string();
    let read_error = |source| Error::Read {
        path: shown.clone(),
        source,
    };
    let in_file = |error| Error::InFile {
        path: shown.clone(),
        error,
    };
    // Not read at all when it is larger than a protocol can be.
    let bytes = std::fs::metadata(path).map_err(read_error)?.len();
    if bytes > share::MAX_BYTES as u64 {
        return Err(in_file(aftercare_core::Error::ImportTooLarge {
            max: share::MAX_BYTES,
        }));
    }
    std::fs::read_to_string(path).map_err(read_error)
}

/// What a shared protocol would change, before the client accepts it.
fn compared(incoming: &Protocol, differences: &[Difference], locale: Locale) -> String {
    let incoming = incoming.in_language(locale);
    let mut args = vec![
        ("name", incoming.name.as_str().into()),
        ("version", incoming.version.as_str().into()),
    ];
    let heading = match &incoming.studio {
        Some(studio) => {
            args.push(("studio", studio.name.as_str().into()));
            "cli-protocol-heading-studio"
        }
        None => "cli-protocol-heading",
    };
    let mut out = locale.text_with(heading, args);
    if let Some(s) = &incoming.studio {
        let reach = s.reach();
        if !reach.is_empty() {
            let _ = write!(out, " ({})", reach.join(", "));
        }
    }
    out.push('\n');
    if differences.is_empty() {
        out.push_str(&render::line(locale, "cli-protocol-same", []));
        return out;
    }
    out.push_str(&render::line(
        locale,
        "cli-protocol-differences",
        [("count", differences.len().into())],
    ));
    for difference in differences {
        let _ = match (&difference.before, &difference.after) {
            (Some(before), Some(after)) => {
                writeln!(out, "  {}: {before} -> {after}", difference.what)
            }
            (None, Some(after)) => writeln!(out, "  {}: {after}", difference.what),
            (Some(before), None) => {
                let was = locale.text_with(
                    "cli-protocol-was",
                    [
                        ("what", difference.what.as_str().into()),
                        ("before", before.as_str().into()),
                    ],
                );
                writeln!(out, "  {was}")
            }
            (None, None) => writeln!(out, "  {}", difference.what),
        };
    }
    out
}

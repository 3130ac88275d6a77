//! The device's time zone and language, each read in one place for the app and the command line
//! alike.

use aftercare_core::{Locale, parse};
use chrono_tz::Tz;

/// The zone the device is in: `TZ` when it names an IANA zone (as `date`, the C library and the
/// WebView read it), else the zone the system is set to; `None` when neither can be told.
///
/// The app, the command line and the app's WebView must agree on it: it is the zone "today" is
/// counted in and reminders follow (unless the client keeps home time).
pub fn device_zone() -> Option<Tz> {
    #[expect(
        clippy::disallowed_methods,
        reason = "the one place that asks the system for its zone, after TZ"
    )]
    let system = || iana_time_zone::get_timezone().ok();
    zone_of(std::env::var("TZ").ok().as_deref(), system)
}

/// The first of the system's preferred languages the app speaks, else English: `LANGUAGE`,
/// `LC_ALL`, `LC_MESSAGES` and `LANG` on Linux (as gettext reads them), the phone's language on
/// Android and iOS.
pub fn device_language() -> Locale {
    #[expect(
        clippy::disallowed_methods,
        reason = "the one place that asks the system for its languages"
    )]
    let preferred = sys_locale::get_locales();
    Locale::from_system(preferred.collect::<Vec<_>>().iter().map(String::as_str))
}

/// `TZ` as the C library takes an IANA zone from it (`Europe/London`, `:Europe/London`, or a
/// path into a zoneinfo folder); anything else there (a POSIX rule such as `CET-1CEST`) gives
/// way to `system`.
fn zone_of(tz: Option<&str>, system: impl FnOnce() -> Option<String>) -> Option<Tz> {
    let named = tz
        .map(|tz| tz.trim_start_matches(':'))
        .map(|tz| tz.rsplit_once("zoneinfo/").map_or(tz, |(_, name)| name))
        .filter(|tz| !tz.is_empty())
        .and_then(|tz| parse::zone(tz).ok());
    named.or_else(|| system().and_then(|name| parse::zone(&name).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The system's zone, as the OS would report it.
    const SYSTEM: fn() -> Option<String> = || Some("Asia/Tokyo".to_string());

    #[test]
    fn tz_naming_a_zone_wins_over_the_system_zone() {
        for tz in [
            "Europe/London",
            ":Europe/London",
            "/usr/share/zoneinfo/Europe/London",
            ":/usr/share/zoneinfo/Europe/London",
        ] {
            assert_eq!(
                zone_of(Some(tz), SYSTEM),
                Some(Tz::Europe__London),
                "TZ={tz} names London, as the C library and the WebView read it"
            );
        }
    }

    #[test]
    fn without_a_zone_in_tz_the_system_zone_is_used() {
        for tz in [None, Some(""), Some("CET-1CEST"), Some("Europe/Atlantis")] {
            assert_eq!(
                zone_of(tz, SYSTEM),
                Some(Tz::Asia__Tokyo),
                "TZ={tz:?} names no IANA zone: the system's zone"
            );
        }
        assert_eq!(
            zone_of(None, || None),
            None,
            "no zone anywhere: the caller says so"
        );
    }
}

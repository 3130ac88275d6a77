//! Starting at login, on the desktop: reminders fire only while the app runs, so the client can
//! have it start in the tray. An XDG autostart entry, the freedesktop way; none on phones.

use aftercare_core::locale::Message;

use crate::error::{Error, Result};

/// The argument the autostart entry passes: start in the tray, without a window.
pub(crate) const IN_TRAY: &str = "--in-tray";

#[cfg(desktop)]
fn entry() -> Option<std::path::PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(std::path::PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME").map(|home| std::path::PathBuf::from(home).join(".config"))
        })?;
    Some(
        config
            .join("autostart")
            .join("org.smpaftercare.app.desktop"),
    )
}

/// Whether the app starts at login; `None` where the platform decides (phones).
#[cfg_attr(
    desktop,
    expect(clippy::unnecessary_wraps, reason = "phones have no answer")
)]
pub(crate) fn enabled() -> Option<bool> {
    #[cfg(desktop)]
    return Some(entry().is_some_and(|path| path.exists()));
    #[cfg(mobile)]
    None
}

pub(crate) fn set(on: bool) -> Result<()> {
    #[cfg(desktop)]
    {
        let path =
            entry().ok_or_else(|| Error::Platform(Message::new("error-autostart-no-folder")))?;
        let failed = |e: std::io::Error| Error::platform(format!("{}: {e}", path.display()));
        if !on {
            return match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(failed(e)),
                _ => Ok(()),
            };
        }
        let exe = std::env::current_exe().map_err(failed)?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(failed)?;
        }
        let desktop = format!(
            "[Desktop Entry]\nType=Application\nName=SMP Aftercare\nComment=Aftercare reminders\nExec=\"{}\" {IN_TRAY}\nX-GNOME-Autostart-enabled=true\n",
            exe.display()
        );
        std::fs::write(&path, desktop).map_err(failed)
    }
    #[cfg(mobile)]
    {
        let _ = on;
        Err(Error::Platform(Message::new("error-autostart-phone")))
    }
}

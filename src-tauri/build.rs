//! Builds the app's context from the UI as it embeds it (`build/ui.rs`); declares the app's own
//! commands so that capabilities must grant each one the UI uses.

use std::path::Path;

#[path = "build/ui.rs"]
mod ui;

fn main() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    ui::write(&here.join("../ui"), &here.join("gen/ui"));
    let commands = &[
        "overview",
        "next_signals",
        "check_whole",
        "begin",
        "mark_step",
        "timeline",
        "add_session",
        "move_session",
        "remove_session",
        "set_preferences",
        "mark_done",
        "snooze",
        "choose_protocol",
        "answer_zone_question",
        "save_backup",
        "autostart",
        "set_autostart",
        "restore_backup",
        "delete_everything",
        "notification_permission",
        "request_notification_permission",
        "request_exact_alarms",
        "open_contact",
        "artist_protocol",
        "share_protocol",
        "save_protocol",
        "preview_protocol",
        "accept_protocol",
        "export_calendar",
        "send_progress",
        "report",
        "send_report",
        "journal",
        "check_in",
        "add_note",
        "add_photo",
        "photo",
        "remove_photo",
        "postpone",
        "cities",
        "locale",
    ];
    let manifest = tauri_build::AppManifest::new().commands(commands);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri configuration and capabilities are valid");
}

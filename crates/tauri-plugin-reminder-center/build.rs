//! Links the Swift package in `ios/` into iOS builds (on a Mac: Swift builds nowhere else).
//! Rust reaches its commands directly, so the UI is granted none.

fn main() {
    tauri_plugin::Builder::new(&[]).ios_path("ios").build();
}

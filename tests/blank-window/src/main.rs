//! A blank Tauri v2 window: the yardstick for SMP Aftercare's benchmark.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the blank window starts");
}

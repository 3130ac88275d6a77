//! The desktop entry point; mobile enters through `run` in the library.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    smp_aftercare_lib::run();
}

//! Embeds the Tauri configuration and capabilities at compile time.

fn main() {
    tauri_build::build()
}

// The binary embeds data/, locales/ and migrations/ with include_dir!, which cannot tell cargo
// what it read on stable Rust; these lines make an edited file trigger a rebuild.
fn main() {
    for dir in ["data", "locales", "migrations"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}

#!/usr/bin/env bash
# Builds the Debian package target/debian/sipkb_<version>-1_<arch>.deb with cargo-deb:
# the release binary, its man page and bash/zsh/fish completions (generated here into
# target/assets/ from the binary itself), the licences and README, and packaging/sipkb.service.
# The metadata is [package.metadata.deb] in Cargo.toml.
#
# usage: bash scripts/build-deb.sh        (installs cargo-deb first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned: cargo-deb's metadata keys and its systemd handling change between major versions.
CARGO_DEB_VERSION=3.8.0

if ! cargo deb --version 2>/dev/null | grep -qF "$CARGO_DEB_VERSION"; then
  echo "== installing cargo-deb $CARGO_DEB_VERSION"
  cargo install --locked cargo-deb --version "$CARGO_DEB_VERSION"
fi

echo "== cargo build --release --locked"
cargo build --release --locked

# The release binary writes its own man page and completions; a database is not needed for
# them, but point --db at a scratch file so that nothing is created in the user's data dir.
echo "== man page and completions into target/assets/"
bin=target/release/sipkb
assets=target/assets
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$assets"
export SIPKB_DB="$scratch/sipkb.db"
"$bin" --lang en man > "$assets/sipkb.1"
"$bin" --lang en completions bash > "$assets/sipkb.bash"
"$bin" --lang en completions zsh > "$assets/_sipkb"
"$bin" --lang en completions fish > "$assets/sipkb.fish"
for f in sipkb.1 sipkb.bash _sipkb sipkb.fish; do
  [ -s "$assets/$f" ] || { echo "build-deb: $assets/$f is empty" >&2; exit 1; }
done

echo "== cargo deb --no-build"
cargo deb --no-build --locked
ls -l target/debian/sipkb_*.deb

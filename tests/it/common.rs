//! The one helper every CLI test goes through: a temporary database and an environment with no
//! LANG, LC_* or SIPKB_* leaking in from the machine running the tests.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tempfile::TempDir;

/// A temporary home for one test's database.
pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
}

/// A database holding the built-in data, created once per test run by the real binary; each
/// [`TestEnv::new`] starts from a copy of it (loading the built-in data is most of what a new
/// database costs, and a hundred tests need one).
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<TempDir> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let env = TestEnv::empty();
            env.init();
            assert!(
                !wal(&env.db).exists(),
                "the binary left a WAL file behind: the copy would miss data"
            );
            env.dir
        })
        .path()
}

fn wal(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

impl TestEnv {
    /// A test's own database, a copy of one freshly made with the built-in data.
    pub fn new() -> Self {
        let env = TestEnv::empty();
        std::fs::copy(template().join("kb.db"), &env.db).expect("copy the template database");
        env
    }

    /// No database yet: for tests of first use, migrations and bad database files.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("kb.db");
        TestEnv { dir, db }
    }

    /// `sipkb` with a clean environment and `--db` pointing at this test's database.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("sipkb").expect("binary built");
        for key in cleared_env() {
            cmd.env_remove(&key);
        }
        cmd.env("SIPKB_DB", &self.db);
        cmd
    }

    /// Runs `sipkb explain --json -` over `inputs` (one per line) and parses the JSON Lines.
    pub fn explain_all(&self, inputs: &[String], lang: &str) -> Vec<Value> {
        let out = self
            .cmd()
            .args(["explain", "--json", "--lang", lang, "-"])
            .write_stdin(inputs.join("\n"))
            .output()
            .expect("runs");
        assert!(
            out.status.code().unwrap_or(99) <= 1,
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        let values: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
            .collect();
        assert_eq!(values.len(), inputs.len(), "one object per input");
        values
    }

    /// Runs `sipkb explain --json ARGS…` for one input and parses the object.
    pub fn explain_json(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .arg("explain")
            .arg("--json")
            .args(args)
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        serde_json::from_str(text.trim())
            .unwrap_or_else(|e| panic!("{e}: {text:?} {}", String::from_utf8_lossy(&out.stderr)))
    }
}

/// Non-comment, non-empty lines of a fixture file.
pub fn fixture_lines(name: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The texts of an explanation part (`canonical` or a variant) as one string per field.
pub fn text_fields(part: &Value) -> Vec<(String, String)> {
    ["title", "summary", "ui"]
        .iter()
        .map(|k| {
            (
                k.to_string(),
                part[k].as_str().unwrap_or_default().to_string(),
            )
        })
        .chain(["causes", "actions"].iter().map(|k| {
            let items: Vec<&str> = part[k]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            (k.to_string(), items.join("\n"))
        }))
        .collect()
}

pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

pub fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

impl TestEnv {
    /// Creates the database (with the built-in data) by running `sipkb vendors`.
    pub fn init(&self) {
        self.cmd().arg("vendors").assert().success();
    }

    /// A path in this test's temporary directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file in this test's directory and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).expect("write test file");
        p
    }

    /// `sipkb import ARGS…`, asserting exit 0; returns stdout.
    pub fn import_ok(&self, args: &[&str]) -> String {
        let out = self.cmd().arg("import").args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
    }

    /// SHA-256 over every row of every table (sorted), so that two states of the database can
    /// be compared however SQLite laid them out in the file.
    pub fn content_hash(&self) -> String {
        use sha2::{Digest, Sha256};
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut hash = Sha256::new();
        for t in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |r| {
                    Ok((0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("\u{1f}"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            hash.update(t.as_bytes());
            for r in rows {
                hash.update(r.as_bytes());
                hash.update(b"\n");
            }
        }
        format!("{:x}", hash.finalize())
    }
}

/// A file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A running `sipkb serve`, stopped when dropped.
pub struct Server {
    pub child: std::process::Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// `127.0.0.1:PORT`
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The variables every test clears: the locale's and sipkb's own.
fn cleared_env() -> impl Iterator<Item = String> {
    std::env::vars_os()
        .map(|(key, _)| key.to_string_lossy().to_string())
        .filter(|key| {
            key == "LANG"
                || key == "LANGUAGE"
                || key.starts_with("LC_")
                || key.starts_with("SIPKB_")
        })
}

/// Starts `sipkb serve` on an ephemeral port over this test's database.
pub fn start_server(env: &TestEnv, extra: &[&str]) -> Server {
    start_server_with(env, extra, std::process::Stdio::null())
}

/// [`start_server`], with the server's stderr (its log) going to `stderr`.
pub fn start_server_with(
    env: &TestEnv,
    extra: &[&str],
    stderr: impl Into<std::process::Stdio>,
) -> Server {
    use std::io::BufRead;
    env.init();
    // A std Command (assert_cmd's waits for the end), with the environment `cmd` sets.
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("sipkb"));
    for key in cleared_env() {
        cmd.env_remove(&key);
    }
    let mut child = cmd
        .env("SIPKB_DB", &env.db)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("starts");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("address line");
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .expect("address line")
        .to_string();
    let addr = base.strip_prefix("http://").expect("http").to_string();
    Server { child, base, addr }
}

/// The built-in vendor lists as data files: (slug, every `[[variant]]` table).
pub fn builtin_lists() -> Vec<(String, Vec<toml::Table>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/vendors");
    let mut lists: Vec<(String, Vec<toml::Table>)> = std::fs::read_dir(&dir)
        .expect("data/vendors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read list");
            let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{p:?}: {e}"));
            let slug = table["vendor"]["slug"].as_str().expect("slug").to_string();
            let variants = table
                .get("variant")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|v| v.as_table().cloned()).collect())
                .unwrap_or_default();
            (slug, variants)
        })
        .collect();
    lists.sort_by(|a, b| a.0.cmp(&b.0));
    lists
}

/// The codes of the IANA registry (tests/fixtures/iana_sip_response_codes.tsv).
pub fn registered_codes() -> std::collections::BTreeSet<i64> {
    fixture_lines("iana_sip_response_codes.tsv")
        .iter()
        .filter_map(|l| l.split('\t').next()?.trim().parse().ok())
        .collect()
}

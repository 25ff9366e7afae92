//! `sipkb completions SHELL` and `sipkb man`: generated from the clap definition, complete, and
//! independent of the database.

use crate::common;

use common::TestEnv;

/// The subcommand names `sipkb --help` lists (without `help`), so that these tests cover a
/// subcommand added later without being edited.
fn subcommands(env: &TestEnv) -> Vec<String> {
    let out = env.cmd().arg("--help").assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8 help");
    let names: Vec<String> = text
        .lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // A wrapped description continues further indented; a command starts at two spaces.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(String::from)
        .collect();
    // Guards against a change in the help layout making every check below vacuous.
    for known in ["explain", "import", "completions", "man"] {
        assert!(names.iter().any(|n| n == known), "{known} in {names:?}");
    }
    names
}

/// Whether `name` occurs in `text` as a word of its own (not as part of `manual` or `--list`).
fn mentions(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Runs `sipkb ARGS…`, asserting exit 0 and no stderr; returns stdout.
fn stdout_of(env: &TestEnv, args: &[&str]) -> String {
    let out = env.cmd().args(args).assert().success().stderr("");
    String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8 output")
}

#[test]
fn every_shell_completes_every_subcommand() {
    let env = TestEnv::empty();
    let names = subcommands(&env);
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&env, &["completions", shell]);
        assert!(!script.trim().is_empty(), "{shell}: empty script");
        for name in &names {
            assert!(mentions(&script, name), "{shell} script lacks {name}");
        }
    }
}

#[test]
fn man_page_is_roff_and_documents_every_subcommand() {
    let env = TestEnv::empty();
    let names = subcommands(&env);
    let page = stdout_of(&env, &["man"]);
    assert!(page.lines().any(|l| l.starts_with(".TH ")), "no .TH line");
    for name in &names {
        // Each subcommand is listed and has a section of its own.
        assert!(mentions(&page, name), "man page lacks {name}");
        let heading = format!(".SH \"SIPKB {}\"", name.to_uppercase().replace('-', "\\-"));
        assert!(page.contains(&heading), "man page lacks {heading}");
    }
    // Pure ASCII: non-ASCII characters are roff escapes, for man programs that read bytes.
    assert!(page.is_ascii());
}

#[test]
fn completions_and_man_do_not_open_the_database() {
    let env = TestEnv::empty();
    let db = env.path("sub").join("none.db");
    for args in [&["completions", "bash"][..], &["man"]] {
        env.cmd().arg("--db").arg(&db).args(args).assert().success();
        assert!(!db.exists(), "{args:?} created {}", db.display());
        assert!(!env.path("sub").exists(), "{args:?} created the directory");
    }
    // Nor the one SIPKB_DB names.
    env.cmd().args(["man"]).assert().success();
    assert!(!env.db.exists());
}

#[test]
fn an_unknown_shell_is_bad_usage() {
    let env = TestEnv::empty();
    env.cmd()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stdout("");
}

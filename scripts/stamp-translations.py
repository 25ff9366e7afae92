#!/usr/bin/env python3
"""Stamps Russian and Chinese Fluent messages with the hash of the English they translate.

Every message in locales/ru/*.ftl and locales/zh/*.ftl carries, on the comment line right above
it, the first 8 hex digits of the SHA-256 of its English message as it was when it was
translated:

    # en: 3f9a0c1e
    sip-480 =
        .title = ...

The hash covers the English message's lines in locales/en/*.ftl, from its `id =` line through
its last indented line, each without trailing spaces, joined by newlines. When the English
changes, the stamp no longer matches and `cargo test` (tests/it/stale_translations.rs) lists the
message as stale until the translation is updated and stamped again.

Usage (from the repository root):
    scripts/stamp-translations.py ID...        after updating the ru and zh texts of these
                                              messages: stamp them with the current English
    scripts/stamp-translations.py --locale ru ID...   only the Russian ones
    scripts/stamp-translations.py              stamp messages that have no stamp yet (new
                                              translations) and list the stale ones
    scripts/stamp-translations.py --check      change nothing; list missing and stale stamps
    scripts/stamp-translations.py --all        stamp every message (only when all are current)
Exit status 1 when stale or missing stamps remain.
"""
import argparse
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"
ENTRY = re.compile(r"^(-?[A-Za-z][A-Za-z0-9_-]*)[ \t]*=")
STAMP = re.compile(r"^# en: ([0-9a-f]{8})$")


def read(path):
    text = path.read_text(encoding="utf-8")
    return text.lstrip("\ufeff").split("\n")


def blocks(lines):
    """(id, first line index, the message's lines) for every message and term."""
    i = 0
    while i < len(lines):
        m = ENTRY.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (lines[j].strip() == "" or lines[j][:1] in (" ", "\t")):
            j += 1
        block = [l.rstrip() for l in lines[i:j]]
        while block and block[-1] == "":
            block.pop()
        yield m.group(1), i, block
        i = j


def digest(block):
    return hashlib.sha256("\n".join(block).encode("utf-8")).hexdigest()[:8]


def english():
    out = {}
    for path in sorted((ROOT / "en").glob("*.ftl")):
        for mid, _, block in blocks(read(path)):
            out[mid] = digest(block)
    return out


def stamp_of(lines, at):
    """The stamp in the comment lines right above line `at`: (line index, hash) or None."""
    k = at - 1
    while k >= 0 and lines[k].startswith("#") and not lines[k].startswith("##"):
        m = STAMP.match(lines[k].rstrip())
        if m:
            return k, m.group(1)
        k -= 1
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ids", nargs="*", help="messages whose translation was just updated")
    ap.add_argument("--locale", choices=["ru", "zh"], action="append")
    ap.add_argument("--check", action="store_true", help="change nothing")
    ap.add_argument("--all", action="store_true", help="stamp every message")
    args = ap.parse_args()
    en = english()
    wanted = set(args.ids)
    unknown = wanted - set(en)
    if unknown:
        sys.exit(f"no English message: {', '.join(sorted(unknown))}")
    left = []
    for locale in args.locale or ["ru", "zh"]:
        for path in sorted((ROOT / locale).glob("*.ftl")):
            lines = read(path)
            changed = False
            # Bottom up, so that inserting a line keeps the indexes above valid.
            for mid, at, _ in reversed(list(blocks(lines))):
                where = f"{path.relative_to(ROOT.parent)}:{at + 1}: {mid}"
                if mid not in en:
                    left.append(f"{where}: no English message")
                    continue
                old = stamp_of(lines, at)
                restamp = args.all or mid in wanted
                if old and old[1] == en[mid] and not restamp:
                    continue
                if old and not restamp:
                    left.append(f"{where}: stale (English changed since {old[1]})")
                    continue
                if args.check:
                    left.append(f"{where}: not stamped")
                    continue
                if old:
                    lines[old[0]] = f"# en: {en[mid]}"
                else:
                    lines.insert(at, f"# en: {en[mid]}")
                changed = True
            if changed:
                path.write_text("\n".join(lines), encoding="utf-8")
    for line in left:
        print(line)
    sys.exit(1 if left else 0)


if __name__ == "__main__":
    main()

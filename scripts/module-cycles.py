#!/usr/bin/env python3
"""Finds import cycles between the modules of sipkb's library and binary.

A module's edges are the modules named by its `use` paths and inline `crate::…`/`super::…`
paths, each resolved to the deepest module that exists (`crate::explain::Explanation` is an
edge to `explain`). Each edge is lifted to the two siblings just below the modules' common
ancestor (`store::apply` -> `store::entries` stays as it is; `i18n::errors` ->
`import::problem` becomes `i18n` -> `import`), and a cycle is a strongly connected component
of two or more siblings. A module using an item its ancestor *defines* (`super::Ctx`, the
`Kb` its `impl` extends) is not an edge; one using an item a module only re-exports
through the crate root (`crate::Locale`) is reported: internal code names the owner.

usage: python3 scripts/module-cycles.py   (exit 1 when there is a cycle)
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")


def module_files(crate_root):
    """Maps module path (tuple) -> file, following `mod x;` declarations from the root file."""
    mods = {}

    def visit(path, file):
        mods[path] = file
        text = open(file, encoding="utf-8").read()
        here = os.path.dirname(file)
        base = os.path.basename(file)
        if base in ("mod.rs", "lib.rs", "main.rs"):
            child_dir = here
        else:
            child_dir = os.path.join(here, base[:-3])
        for m in re.finditer(r'^\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;', text, re.M):
            name = m.group(1)
            for cand in (os.path.join(child_dir, name + ".rs"), os.path.join(child_dir, name, "mod.rs")):
                if os.path.exists(cand):
                    visit(path + (name,), cand)
                    break

    visit((), crate_root)
    return mods


def strip_comments(text):
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    return text


def expand_use(tree):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']"""
    tree = tree.strip()
    m = re.match(r"^(.*?)::\{(.*)\}$", tree, re.S)
    if not m:
        return [tree]
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if p == "self":
            out.append(prefix)
        else:
            out.extend(prefix + "::" + x for x in expand_use(p))
    return out


def paths_of(text):
    text = strip_comments(text)
    found = []
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        for p in expand_use(m.group(1)):
            found.append(re.sub(r"\s+as\s+\w+$", "", p.strip()))
    for m in re.finditer(r"\b((?:crate|super|self)(?:::\w+)+)", text):
        found.append(m.group(1))
    return found


def resolve(path, here, mods, crate_name):
    segs = [s for s in path.split("::") if s]
    if not segs:
        return None
    if segs[0] == "crate":
        base, segs = (), segs[1:]
    elif segs[0] == "self":
        base, segs = here, segs[1:]
    elif segs[0] == "super":
        base = here
        while segs and segs[0] == "super":
            base = base[:-1]
            segs = segs[1:]
    elif segs[0] == crate_name:
        base, segs = ("<lib>",), segs[1:]
        return base
    else:
        # A path relative to this module: a child module, or an external crate.
        if here + (segs[0],) in mods:
            base = here
        else:
            return None
    target = base
    for s in segs:
        if target + (s,) in mods:
            target = target + (s,)
        else:
            break
    return target


ITEM = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?(?:unsafe\s+)?(?:struct|enum|fn|trait|type|const|static|union)\s+(\w+)", re.M)
REEXPORT = re.compile(r"^\s*pub(?:\([^)]*\))?\s+use\s+([^;]+);", re.M)


def items(text):
    """Names a module file defines, and names it only re-exports."""
    text = strip_comments(text)
    defined = set(ITEM.findall(text))
    reexported = set()
    for m in REEXPORT.finditer(text):
        for p in expand_use(m.group(1)):
            name = re.sub(r"^.*\s+as\s+", "", p.strip()).split("::")[-1]
            reexported.add(name)
    return defined, reexported - defined


def analyse(root_file, crate_name):
    mods = module_files(root_file)
    texts = {m: open(f, encoding="utf-8").read() for m, f in mods.items()}
    owned = {m: items(t) for m, t in texts.items()}
    edges = {m: set() for m in mods}
    reexports = set()
    for m, text in texts.items():
        for p in paths_of(text):
            t = resolve(p, m, mods, crate_name)
            if t is None or t == m or t not in mods:
                continue
            rest = p.split("::")
            last = rest[-1]
            # The crate's own re-exports (lib.rs) are for other programs; inside the crate a
            # type is named where its module lives.
            if m and t == () and last in owned[t][1]:
                reexports.add(f"{fmt(m)} uses {last} through a re-export in {fmt(t)}")
            if t[: len(m)] == m:
                continue  # a module using its own descendant
            edges[m].add(t)
    return mods, edges, reexports


def lift(a, b):
    """The siblings just below the common ancestor of a and b, or None when one contains the
    other (a module and its ancestor are not siblings)."""
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    if i == len(a) or i == len(b):
        return None
    return a[: i + 1], b[: i + 1]


def cycles(mods, edges):
    graph = {}
    for a, ts in edges.items():
        for b in ts:
            pair = lift(a, b)
            if pair:
                graph.setdefault(pair[0], set()).add(pair[1])
                graph.setdefault(pair[1], set())
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            strong(v)
    problems = []
    for comp in out:
        names = sorted(fmt(c) for c in comp)
        why = sorted(
            f"{fmt(a)} -> {fmt(b)}"
            for a, ts in edges.items()
            for b in ts
            if (lambda p: p and p[0] in comp and p[1] in comp)(lift(a, b))
        )
        problems.append("cycle: " + ", ".join(names) + " (" + "; ".join(why) + ")")
    return problems


def fmt(m):
    return "crate" if not m else "::".join(m)


def main():
    bad = []
    for root, name in (("lib.rs", "sipkb"), ("main.rs", "sipkb")):
        mods, edges, reexports = analyse(os.path.join(ROOT, root), name)
        for p in cycles(mods, edges) + sorted(reexports):
            bad.append(f"{root}: {p}")
        print(f"{root}: {len(mods)} modules, {sum(len(e) for e in edges.values())} edges")
    for b in bad:
        print(b)
    if bad:
        sys.exit(1)
    print("no import cycles")


main()

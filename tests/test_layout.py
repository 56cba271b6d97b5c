"""Import contracts of the package layout: no cycles (function-level imports included), a short
top level, small modules, and a model-free path that loads no model client."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "summarizer"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> set[str]:
    """Every summarizer module this file imports, at any level of nesting."""
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.startswith("summarizer"):
                out.add(mod)
                out.update(f"{mod}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("summarizer"))
    return out


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PKG.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        deps = {d for d in _imports(path, name) if d in modules and d != name}
        # a package's __init__ is run by importing any of its submodules: count the parent packages
        # of a dependency only when it is the package itself, which `d in modules` already covers.
        graph[name] = deps
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for d in sorted(graph[n]):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_no_import_cycle_among_package_modules():
    graph = _graph()
    # A submodule importing its own package's __init__ (e.g. `from summarizer import __version__`)
    # is the package asking for itself, not a cycle between concerns; everything else counts.
    for name in graph:
        graph[name] = {d for d in graph[name] if not name.startswith(d + ".")}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_top_level_is_short_and_modules_are_small():
    top = [p for p in PKG.glob("*.py")]
    assert len(top) <= 12, sorted(p.name for p in top)
    big = {str(p.relative_to(PKG)): n for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not big, big


def test_cli_is_imported_by_nothing_in_the_library():
    graph = _graph()
    users = sorted(n for n, deps in graph.items() if not n.startswith("summarizer.cli") and n != "summarizer.__main__"
                   and any(d == "summarizer.cli" or d.startswith("summarizer.cli.") for d in deps))
    assert not users, users


def test_rules_path_loads_no_model_client_or_plotting():
    code = ("import sys; from summarizer import summarize; from summarizer.cli import app; "
            "summarize('evals/articles/001_797acb88c0c63cd6.txt'); "
            "print(','.join(m for m in ('openai', 'instructor', 'llama_cpp', 'matplotlib', 'scipy', 'docx')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=PKG.parent, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"loaded on the rules path: {done.stdout.strip()}"

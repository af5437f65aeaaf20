"""DESIGN.md: the GUI never opens a session or runs a query; services are the only door.
Every module of gui/ is read: none imports SQLAlchemy, the store or the document
renderers, and none opens a unit
of work (``runtime.unit(…)`` / ``runtime.read(…)``) — it calls a service function."""

from __future__ import annotations

import ast
from pathlib import Path

import counterdesk.gui

GUI = Path(counterdesk.gui.__file__).parent
# documents too: a PDF is made by a service (which also loads ReportLab at first use)
FORBIDDEN_IMPORTS = ("sqlalchemy", "counterdesk.store", "counterdesk.documents")


def _modules() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts)


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def _units_opened(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("unit", "read")
        ):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name in ("runtime", "ctx"):
                lines.append(node.lineno)
    return lines


def test_the_gui_reaches_the_database_only_through_services() -> None:
    offences = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(GUI)
        offences += [
            f"{rel}: imports {name}"
            for name in _imports(tree)
            if name.startswith(FORBIDDEN_IMPORTS)
        ]
        offences += [f"{rel}:{line}: opens a unit of work" for line in _units_opened(tree)]
    assert not offences, "\n".join(offences)


def test_the_check_sees_an_offence() -> None:
    """The checks themselves catch what they are for."""
    code = "from sqlalchemy import select\nwith self.ctx.runtime.unit(actor) as s: pass\n"
    tree = ast.parse(code)
    assert _imports(tree) == ["sqlalchemy"]
    assert _units_opened(tree) == [2]

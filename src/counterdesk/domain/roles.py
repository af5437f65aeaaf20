"""Roles, what each may do, and which main-window tabs each sees."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    PRINTER = "printer"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.OFFICER: "Petugas loket",
    Role.SUPERVISOR: "Verifikator / atasan",
    Role.PRINTER: "Petugas cetak",
    Role.ADMIN: "Admin",
}


class Tab(StrEnum):
    INTAKE = "intake"
    VERIFICATION = "verification"
    INTERVIEW = "interview"
    PRINTING = "printing"
    COMPLAINTS = "complaints"
    ADMIN = "admin"


TAB_ORDER: tuple[Tab, ...] = (
    Tab.INTAKE,
    Tab.VERIFICATION,
    Tab.INTERVIEW,
    Tab.PRINTING,
    Tab.COMPLAINTS,
    Tab.ADMIN,
)

TAB_ACCESS: dict[Tab, frozenset[Role]] = {
    Tab.INTAKE: frozenset({Role.OFFICER, Role.SUPERVISOR}),
    Tab.VERIFICATION: frozenset({Role.OFFICER, Role.SUPERVISOR}),
    Tab.INTERVIEW: frozenset({Role.OFFICER, Role.SUPERVISOR}),
    Tab.PRINTING: frozenset({Role.PRINTER, Role.SUPERVISOR}),
    Tab.COMPLAINTS: frozenset({Role.OFFICER, Role.SUPERVISOR}),
    Tab.ADMIN: frozenset({Role.ADMIN}),
}


def parse_roles(text: str) -> frozenset[Role]:
    """Roles are stored as a comma-separated string ("officer,printer")."""
    return frozenset(Role(part.strip()) for part in text.split(",") if part.strip())


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def visible_tabs(roles: frozenset[Role]) -> list[Tab]:
    return [tab for tab in TAB_ORDER if TAB_ACCESS[tab] & roles]

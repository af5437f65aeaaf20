"""The demo database: a realistic office across all five standards.

Filled by ``fill_demo`` (services/demo_data.py) the first time ``--demo`` opens it.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterdesk.domain.roles import Role


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    full_name: str
    roles: frozenset[Role]
    nip: str = ""


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(
        "petugas", "petugas123", "Siti Rahmawati", frozenset({Role.OFFICER}), "199003152015032004"
    ),
    DemoUser(
        "petugas2", "petugas123", "Andi Pratama", frozenset({Role.OFFICER}), "199211082019031002"
    ),
    DemoUser(
        "atasan",
        "atasan123",
        "Dr. Bambang Sutrisno, M.Si.",
        frozenset({Role.SUPERVISOR}),
        "197805122003121001",
    ),
    DemoUser("cetak", "cetak1234", "Rina Kartika", frozenset({Role.PRINTER}), "199505202022212001"),
    DemoUser("admin", "admin1234", "Yusuf Hidayat", frozenset({Role.ADMIN}), "198501012010011001"),
)

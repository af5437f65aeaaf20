"""Who is acting, and the permission checks every service starts with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from counterdesk.domain.errors import PermissionDenied
from counterdesk.domain.roles import ROLE_LABELS, Role


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    full_name: str
    roles: frozenset[Role]
    nip: str = ""

    def has(self, role: Role) -> bool:
        return role in self.roles


SYSTEM = Actor(user_id=None, username="system", full_name="Sistem", roles=frozenset(Role))


def require_role(actor: Actor, *allowed: Role) -> None:
    if not actor.roles & set(allowed):
        names = " atau ".join(ROLE_LABELS[r] for r in allowed)
        raise PermissionDenied(
            f"Tindakan ini hanya untuk {names}. Masuk dengan akun yang berwenang "
            "atau minta admin menambahkan peran."
        )

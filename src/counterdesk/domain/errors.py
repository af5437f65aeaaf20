"""Typed domain errors. Messages are in Bahasa Indonesia and say what to do."""

from __future__ import annotations


class CounterDeskError(Exception):
    """Base for every error a user is shown. ``str(err)`` is the message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CounterDeskError):
    """Bad input for one field; ``field`` names it so a form can mark it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ValidationErrors(CounterDeskError):
    """Several bad fields at once (a form is checked whole)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("\n".join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class PermissionDenied(CounterDeskError):
    """The actor lacks the role, or would break maker-checker."""


class SelfApproval(PermissionDenied):
    """Maker-checker: the person who did the first layer tries the second. The refusal is
    audited, so the unit of work keeps its writes (the audit event) before raising."""

    keep_writes = True


class AuthenticationError(CounterDeskError):
    """Login failed; the message never says whether the user exists."""


class AccountLocked(AuthenticationError):
    """Too many failed logins."""


class NotFound(CounterDeskError):
    """A record looked up by number or id does not exist."""


class ConflictError(CounterDeskError):
    """The action clashes with what is stored (duplicate NIK, serial, username)."""


class CatalogError(CounterDeskError):
    """A service-standard file is invalid; the message names file, service and field."""


class DatabaseError(CounterDeskError):
    """The database file cannot be opened or upgraded; it is left untouched."""


class DatabaseUnavailable(CounterDeskError):
    """The office's database server cannot be reached (not running, the network down,
    the connection cut). Nothing of the interrupted unit was saved; what is typed on the
    screen stays, and the next try reconnects by itself."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "Koneksi ke server database kantor terputus, jadi langkah terakhir belum "
            "tersimpan. Isian di layar tetap ada: periksa kabel jaringan atau tanyakan ke "
            "admin apakah server menyala, lalu coba lagi dengan tombol yang sama "
            "(aplikasi menyambung ulang sendiri)."
        )


class DatabaseBusy(CounterDeskError):
    """Another window or program kept the database locked longer than the busy timeout.
    Nothing was saved; trying again usually works."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "Database sedang dipakai oleh jendela atau program CounterDesk lain, jadi "
            "tidak ada yang disimpan. Tunggu sebentar lalu coba lagi; bila terus terjadi, "
            "tutup jendela CounterDesk lain atau perintah counterdesk yang sedang berjalan."
        )


class Warning_(CounterDeskError):
    """A non-blocking remark (e.g. NIK birth date differs from the entered one)."""

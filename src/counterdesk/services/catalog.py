"""Loading the service catalogue from ``resources/catalog/*.yaml``.

A service is addressed by its *full code* ``<standard>/<service>`` (for example
``balai-sertifikasi/produk-tipe-5``); the standard code equals the file name without
``.yaml``. A bare service code (``legalisasi``) is accepted where it is unique.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from pathlib import Path

from counterdesk import paths
from counterdesk.domain.catalog import Service, ServiceStandard, parse_catalog_text
from counterdesk.domain.errors import CatalogError, NotFound

__all__ = [
    "Catalog",
    "CatalogService",
    "check_catalog_file",
    "clear_catalog_cache",
    "load_catalog",
]

SEPARATOR = "/"


@dataclass(frozen=True)
class CatalogService:
    """A service together with the standard it belongs to (fee, complaints, survey...)."""

    standard: ServiceStandard
    service: Service

    @property
    def full_code(self) -> str:
        return f"{self.standard.code}{SEPARATOR}{self.service.code}"

    @property
    def code(self) -> str:
        return self.service.code

    @property
    def name(self) -> str:
        return self.service.name

    @property
    def standard_code(self) -> str:
        return self.standard.code

    @property
    def version(self) -> int:
        """The standard's catalogue version, stored with each application filed under it."""
        return self.standard.version


@dataclass(frozen=True)
class Catalog:
    standards: tuple[ServiceStandard, ...]

    def _by_full_code(self) -> dict[str, CatalogService]:
        cached: dict[str, CatalogService] | None = self.__dict__.get("_index")
        if cached is None:
            cached = {s.full_code: s for s in self.all_services()}
            object.__setattr__(self, "_index", cached)  # frozen dataclass: a private cache
        return cached

    def all_services(self) -> list[CatalogService]:
        return [CatalogService(st, sv) for st in self.standards for sv in st.services]

    def standard(self, code: str) -> ServiceStandard:
        for standard in self.standards:
            if standard.code == code:
                return standard
        raise NotFound(f"Standar pelayanan '{code}' tidak ada di katalog.")

    def find_service(self, code: str) -> CatalogService:
        """Look up ``standard/service`` (or a unique bare service code), case-insensitive.

        Raises :class:`NotFound` whose message suggests close matches.
        """
        wanted = code.strip().lower()
        exact = self._by_full_code().get(wanted)
        if exact is not None:  # the hot path: every list row names its service
            return exact
        services = self.all_services()
        if SEPARATOR in wanted:
            hits = [s for s in services if s.full_code == wanted]
        else:
            hits = [s for s in services if s.service.code == wanted]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            options = ", ".join(h.full_code for h in hits)
            raise NotFound(
                f"Kode layanan '{code}' ada di beberapa standar; pilih salah satu: {options}."
            )
        message = f"Layanan '{code}' tidak ada di katalog."
        close = self.close_matches(code)
        if close:
            message += f" Mungkin maksud Anda: {', '.join(close)}."
        else:
            message += " Lihat daftar dengan 'counterdesk catalog list'."
        raise NotFound(message)

    def close_matches(self, code: str, limit: int = 5) -> list[str]:
        """Full codes resembling ``code``, matched on full code and on bare service code."""
        wanted = code.strip().lower()
        by_full = {s.full_code: s.full_code for s in self.all_services()}
        by_bare = {s.service.code: s.full_code for s in self.all_services()}
        found: list[str] = []
        for table in (by_full, by_bare):
            for key in difflib.get_close_matches(wanted, list(table), n=limit, cutoff=0.6):
                if table[key] not in found:
                    found.append(table[key])
        found += [f for f in by_full if wanted and wanted in f and f not in found]
        return found[:limit]


def check_catalog_file(path: Path) -> ServiceStandard:
    """Validate one file; the message of a :class:`CatalogError` starts with its name."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path.name}: file tidak dapat dibaca ({exc}).") from None
    return parse_catalog_text(text, path.name)


def _read_directory(directory: Path) -> Catalog:
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise CatalogError(f"{directory}: tidak ada file katalog (*.yaml).")
    standards: list[ServiceStandard] = []
    for path in files:
        standard = check_catalog_file(path)
        if standard.code != path.stem:
            raise CatalogError(
                f"{path.name}: kolom 'code': harus sama dengan nama file "
                f"('{path.stem}'), tertulis '{standard.code}'"
            )
        standards.append(standard)
    return Catalog(tuple(standards))


@functools.lru_cache(maxsize=1)
def _default_catalog() -> Catalog:
    return _read_directory(paths.catalog_dir())


def load_catalog(directory: Path | None = None) -> Catalog:
    """The catalogue in ``directory``, or the installed one (read once, then cached)."""
    if directory is None:
        return _default_catalog()
    return _read_directory(directory)


def clear_catalog_cache() -> None:
    """Forget the cached default catalogue, e.g. after an admin edited a file."""
    _default_catalog.cache_clear()

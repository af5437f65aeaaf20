"""The roster and the join request as pure data: canonical bytes, signatures, files read
only as written, fingerprints to read out by phone."""

from __future__ import annotations

import dataclasses
import re
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from counterdesk.domain import roster as r
from counterdesk.domain.errors import ValidationError


def _site(code: str, name: str = "Loket") -> tuple[r.RosterSite, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    return (
        r.RosterSite(
            id=str(uuid.uuid4()),
            code=code,
            name=name,
            signing_public=key.public_key().public_bytes_raw(),
            exchange_public=X25519PrivateKey.generate().public_key().public_bytes_raw(),
        ),
        key,
    )


@pytest.fixture
def signed() -> tuple[r.Roster, Ed25519PrivateKey, r.RosterSite]:
    admin, key = _site("L01", "Loket utama")
    other, _ = _site("L02", "Loket Pelabuhan — Ruang 2")  # a non-ASCII name is escaped
    roster = r.Roster(str(uuid.uuid4()), "Pusdiklat Bea dan Cukai", 3, (admin, other))
    return r.sign_roster(roster, key, admin.id), key, admin


def test_a_fingerprint_is_four_groups_of_four_base32_characters() -> None:
    public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    shown = r.fingerprint(public)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", shown)
    assert r.fingerprint(public) == shown  # the same key reads the same on every PC
    assert r.fingerprint(bytes(32)) != shown


def test_a_signed_roster_checks_and_survives_its_file(signed) -> None:  # type: ignore[no-untyped-def]
    roster, _, admin = signed
    r.check_roster(roster, {admin.id: admin.signing_public})
    again = r.decode_roster(r.encode_roster(roster))
    assert again.version == 3 and again.signed_by == admin.id
    assert {s.code for s in again.sites} == {"L01", "L02"}
    assert again.by_code("L02") is not None and again.by_code("L02").name.endswith("Ruang 2")  # type: ignore[union-attr]
    r.check_roster(again, r.self_trust(again))


def test_the_signature_covers_every_field(signed) -> None:  # type: ignore[no-untyped-def]
    roster, _, admin = signed
    trusted = {admin.id: admin.signing_public}
    other = roster.sites[1] if roster.sites[0].id == admin.id else roster.sites[0]
    changed = [
        dataclasses.replace(roster, version=4),
        dataclasses.replace(roster, office_name="Kantor Lain"),
        dataclasses.replace(roster, office_uid=str(uuid.uuid4())),
        dataclasses.replace(
            roster,
            sites=tuple(
                dataclasses.replace(s, revoked=True, revoked_at="2026-11-26T08:00:00+00:00")
                if s is other
                else s
                for s in roster.sites
            ),
        ),
        dataclasses.replace(
            roster,
            sites=tuple(
                dataclasses.replace(s, code="L09") if s is other else s for s in roster.sites
            ),
        ),
    ]
    for tampered in changed:
        with pytest.raises(ValidationError, match="tidak cocok dengan isinya"):
            r.check_roster(tampered, trusted)


def test_a_roster_signed_by_an_unknown_or_revoked_site_is_not_trusted(signed) -> None:  # type: ignore[no-untyped-def]
    roster, _, admin = signed
    with pytest.raises(ValidationError, match="tidak dikenal atau sudah dicabut"):
        r.check_roster(roster, {})
    stranger = Ed25519PrivateKey.generate()
    forged = r.sign_roster(roster, stranger, admin.id)  # claims to be the admin's
    with pytest.raises(ValidationError, match="tidak cocok"):
        r.check_roster(forged, {admin.id: admin.signing_public})


def test_duplicate_codes_in_a_roster_are_refused(signed) -> None:  # type: ignore[no-untyped-def]
    roster, key, admin = signed
    twin, _ = _site("L02")
    bad = r.sign_roster(dataclasses.replace(roster, sites=(*roster.sites, twin)), key, admin.id)
    with pytest.raises(ValidationError, match="ganda"):
        r.check_roster(bad, {admin.id: admin.signing_public})


def test_every_single_bit_flip_of_a_roster_file_is_refused(signed) -> None:  # type: ignore[no-untyped-def]
    roster, _, admin = signed
    data = r.encode_roster(roster)
    trusted = {admin.id: admin.signing_public}
    for index in range(len(data)):
        for bit in (0x01, 0x20):
            flipped = bytearray(data)
            flipped[index] ^= bit
            with pytest.raises(ValidationError):
                r.check_roster(r.decode_roster(bytes(flipped)), trusted)


def test_a_roster_file_cut_short_or_another_file_is_refused_clearly(signed) -> None:  # type: ignore[no-untyped-def]
    data = r.encode_roster(signed[0])
    for cut in (0, 1, len(data) // 2, len(data) - 2):
        with pytest.raises(ValidationError, match="bukan roster CounterDesk yang utuh"):
            r.decode_roster(data[:cut])
    with pytest.raises(ValidationError, match="bukan roster"):
        r.decode_roster(b'{"format": "counterdesk-join/1"}')


def _request() -> tuple[r.JoinRequest, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    request = r.JoinRequest(
        site_id=str(uuid.uuid4()),
        code="L02",
        name="Loket Pelabuhan",
        office_name_hint="Pusdiklat",
        signing_public=key.public_key().public_bytes_raw(),
        exchange_public=X25519PrivateKey.generate().public_key().public_bytes_raw(),
        created_at="2026-11-26T08:00:00+00:00",
    )
    return r.sign_join_request(request, key), key


def test_a_join_request_is_self_signed_and_read_only_as_written() -> None:
    request, _ = _request()
    data = r.encode_join_request(request)
    again = r.decode_join_request(data)
    assert again == request
    r.check_join_request(again)
    with pytest.raises(ValidationError, match="permintaan bergabung tidak cocok"):
        r.check_join_request(dataclasses.replace(again, code="L03"))
    with pytest.raises(ValidationError, match="diubah sesudah ditulis"):
        r.decode_join_request(data.replace(b'"code": "L02"', b'"code":  "L02"'))
    with pytest.raises(ValidationError, match="bukan permintaan bergabung"):
        r.decode_join_request(data.replace(b'"L02"', b'"L 2"'))  # not a counter code

"""The catalogue model: the five real standards parse, and a broken file is explained
in Indonesian with file, service and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterdesk.domain.catalog import ServiceStandard, format_rupiah, parse_catalog_text
from counterdesk.domain.errors import CatalogError

CATALOG = Path(__file__).resolve().parents[3] / "resources" / "catalog"

VALID = """\
code: contoh
version: 1
title: Standar Contoh
issuer: Kantor Contoh
services:
  - code: legalisasi
    name: Legalisasi sertifikat
    channels: [datang_langsung]
    requirements:
      - {code: identitas, text: Identitas pemohon}
    stages:
      - {code: terima, name: Penerimaan, starts_clock: true}
    time_limit: {max_days: 3}
    fee: {is_free: false, amount: 50000}
"""


def load(name: str) -> ServiceStandard:
    return parse_catalog_text((CATALOG / name).read_text(encoding="utf-8"), name)


def error_of(text: str, source: str = "contoh.yaml") -> str:
    with pytest.raises(CatalogError) as info:
        parse_catalog_text(text, source)
    return str(info.value)


def test_valid_minimal_file_parses() -> None:
    standard = parse_catalog_text(VALID, "contoh.yaml")
    service = standard.services[0]
    assert service.fee is not None and service.fee.display() == "Rp50.000"
    assert service.time_limit is not None and service.time_limit.label() == "3 hari kerja"
    assert service.clock_start_stage() is not None


# --- the five seeds -----------------------------------------------------------------


def test_sak_has_six_services_with_interview_and_two_layer_rules() -> None:
    sak = load("sak.yaml")
    codes = [s.code for s in sak.services]
    assert codes == ["ujian", "sertifikat", "legalisasi", "ralat", "kehilangan", "input-database"]
    by_code = {s.code: s for s in sak.services}
    assert by_code["legalisasi"].two_layer_check
    assert by_code["ralat"].requires_interview and by_code["kehilangan"].requires_interview
    assert not by_code["legalisasi"].requires_interview
    assert by_code["legalisasi"].legal_basis_note == (
        "Belum ada Peraturan/ SOP yang mengatur tentang kegiatan ini"
    )
    assert sak.legal_basis_for(by_code["ujian"])[0].startswith("Peraturan Kepala BPPK")
    internal = sak.internal_for(by_code["ujian"])
    assert internal is not None and internal.staff_count is not None
    assert internal.staff_count.minimum == 12
    assert sak.survey is not None
    assert (sak.survey.scale, sak.survey.target_percent) == (4, 80)
    assert sak.survey.applies_to == ["ujian", "sertifikat"]


def test_balai_sertifikasi_time_limits_fee_and_compensation() -> None:
    balai = load("balai-sertifikasi.yaml")
    limits = {s.code: s.time_limit.max_days for s in balai.services if s.time_limit}
    assert limits == {"produk-tipe-1": 14, "produk-tipe-5": 41, "person": 14, "bimtek": 20}
    tipe5 = balai.service("produk-tipe-5")
    assert tipe5 is not None and tipe5.time_limit is not None
    assert "Koordinasi tim audit dengan LSPro" in tipe5.time_limit.pause_reasons
    payment = [st for st in tipe5.stages if st.pauses_clock]
    assert [st.code for st in payment] == ["pembayaran"]
    assert tipe5.fee is not None and not tipe5.fee.is_free
    assert tipe5.fee.display() == "sesuai PP 31/2017"
    person = balai.service("person")
    assert person is not None
    assert {p.kind for p in person.products} == {"certificate", "card"}
    assert balai.compensation is not None
    assert balai.compensation.apology_letter and balai.compensation.next_service_days_off == 1
    assert str(balai.document_date) == "2021-01-11"
    assert balai.document_number == "SMM-DPi.14"


def test_balai_sertifikasi_routes_are_channels_and_requirements_are_documents() -> None:
    balai = load("balai-sertifikasi.yaml")
    by_code = {s.code: s for s in balai.services}
    for service in balai.services:
        texts = " ".join(r.text for r in service.requirements)
        # how a file arrives is a route on its channel, never a document to tick
        assert "datang langsung" not in texts and "meng-upload" not in texts
        visit = service.route_for("datang_langsung")
        assert visit is not None and visit.text.startswith("Pengguna layanan datang langsung")
    upload = by_code["produk-tipe-1"].route_for("website")
    assert upload is not None and "balaisertifikasi.kemendag.go.id" in upload.text
    letter = by_code["person"].route_for("pos")
    assert letter is not None and letter.channels == ["email", "pos"]
    # products follow SNI ISO/IEC 17065, persons SNI ISO/IEC 17024, each item says so
    for code, rule in (("produk-tipe-1", "17065"), ("produk-tipe-5", "17065"), ("person", "17024")):
        derived = [r for r in by_code[code].requirements if r.derived]
        assert derived and all(r.derived_from for r in derived)
        assert any(rule in (r.derived_from or "") for r in derived)
    tipe1 = {r.code for r in by_code["produk-tipe-1"].requirements}
    tipe5 = {r.code for r in by_code["produk-tipe-5"].requirements}
    assert tipe5 - tipe1 == {"sistem-mutu"}  # type 5 also assesses the factory's system
    person = [r.code for r in by_code["person"].requirements]
    assert person[0] == "surat-permohonan" and "bukti-prasyarat" in person
    assert not by_code["person"].requirements[0].derived  # the letter is in the seed


def test_sertifikasi_pns_range_requirements_and_pledge() -> None:
    pns = load("sertifikasi-pns.yaml")
    (service,) = pns.services
    assert service.time_limit is not None
    assert (service.time_limit.min_days, service.time_limit.max_days) == (14, 30)
    assert service.time_limit.label() == "14–30 hari kerja"
    assert len(service.requirements) == 12
    assert len(service.stages) == 8
    start = service.clock_start_stage()
    assert start is not None and "kelengkapan berkas" in start.name
    assert pns.complaint is not None and pns.complaint.response_working_days == 3
    assert pns.pledge is not None and pns.pledge.startswith("Dengan ini kami menyatakan sanggup")


def test_informasi_bc_aceh_two_days_free_answer_or_ticket() -> None:
    info = load("informasi-bc-aceh.yaml")
    (service,) = info.services
    assert service.time_limit is not None and service.time_limit.max_days == 2
    assert service.time_limit.late_intake_hours_before_closing == 2
    assert service.fee is not None and service.fee.is_free
    assert service.product_choice == "salah_satu"
    assert [p.kind for p in service.products] == ["answer", "ticket"]
    assert set(service.channels) == {"email", "web_chat", "media_sosial"}


def test_kbli_28173_requirement_groups_and_complaint_rules() -> None:
    kbli = load("sertifikat-standar-kbli-28173.yaml")
    (service,) = kbli.services
    groups = [r.group for r in service.requirements]
    assert groups.count("umum") == 5 and groups.count("khusus") == 4
    assert service.time_limit is not None and service.time_limit.max_days == 7
    assert service.fee is not None and service.fee.display() == "Gratis"
    complaint = kbli.complaint
    assert complaint is not None
    assert complaint.window_calendar_days == 30 and complaint.late_as_suggestion
    assert complaint.response_working_days == 14 and complaint.anonymous_as_suggestion
    assert [c.code for c in complaint.resolution_categories] == ["internal", "tim-teknis", "apip"]
    assert kbli.survey is not None and kbli.survey.frequency_per_year == 4
    assert kbli.internal is not None and len(kbli.internal.facilities) == 50


# --- errors name file, service and field ----------------------------------------------


def test_bad_type_names_file_service_and_field_with_written_value() -> None:
    message = error_of(VALID.replace("max_days: 3", "max_days: tiga"), "sak.yaml")
    assert message == (
        "sak.yaml: layanan 'legalisasi', kolom 'time_limit.max_days': "
        'harus bilangan bulat positif (tertulis: "tiga")'
    )


def test_unknown_field_is_reported_with_suggestion() -> None:
    message = error_of(VALID.replace("starts_clock: true", "start_clock: true"))
    assert "contoh.yaml: layanan 'legalisasi'" in message
    assert "kolom 'stages[terima].start_clock'" in message
    assert "maksudnya 'starts_clock'?" in message


def test_missing_stages_is_reported() -> None:
    text = VALID.replace(
        "    stages:\n      - {code: terima, name: Penerimaan, starts_clock: true}\n", ""
    )
    message = error_of(text)
    assert "layanan 'legalisasi', kolom 'stages': wajib diisi" in message


def test_empty_stage_list_is_reported() -> None:
    text = VALID.replace("      - {code: terima, name: Penerimaan, starts_clock: true}\n", "")
    text = text.replace("    stages:\n", "    stages: []\n")
    message = error_of(text)
    assert "kolom 'stages': harus berisi paling sedikit 1 butir" in message


def test_duplicate_service_code_is_reported() -> None:
    service = VALID.split("services:\n", 1)[1]
    message = error_of(VALID + service)
    assert message == (
        "contoh.yaml: layanan 'legalisasi', kolom 'code': "
        "kode layanan 'legalisasi' dipakai lebih dari sekali"
    )


def test_duplicate_requirement_code_is_reported() -> None:
    text = VALID.replace(
        "      - {code: identitas, text: Identitas pemohon}\n",
        "      - {code: identitas, text: Identitas pemohon}\n"
        "      - {code: identitas, text: KTP}\n",
    )
    message = error_of(text)
    assert "layanan 'legalisasi', kolom 'requirements[identitas]'" in message
    assert "lebih dari sekali" in message


def test_route_on_a_channel_the_service_does_not_have_is_reported() -> None:
    text = VALID.replace(
        "    requirements:\n",
        "    routes:\n      - {channels: [pos], text: Dikirim melalui pos}\n    requirements:\n",
    )
    message = error_of(text)
    assert "layanan 'legalisasi', kolom 'routes[ke-1].channels'" in message
    assert "saluran 'pos' tidak ada di 'channels'" in message


def test_derived_from_needs_derived_true() -> None:
    text = VALID.replace(
        "{code: identitas, text: Identitas pemohon}",
        "{code: identitas, text: Identitas pemohon, derived_from: SNI ISO/IEC 17024}",
    )
    message = error_of(text)
    assert "kolom 'requirements[identitas].derived_from'" in message
    assert "tambahkan derived: true" in message


def test_max_below_min_is_reported_on_max_days() -> None:
    message = error_of(VALID.replace("{max_days: 3}", "{min_days: 14, max_days: 7}"))
    assert "layanan 'legalisasi', kolom 'time_limit.max_days'" in message
    assert "min_days (14)" in message


def test_time_limit_without_clock_start_stage_is_reported() -> None:
    message = error_of(VALID.replace(", starts_clock: true", ""))
    assert "layanan 'legalisasi', kolom 'stages'" in message
    assert "starts_clock" in message


def test_unknown_channel_lists_the_vocabulary() -> None:
    message = error_of(VALID.replace("[datang_langsung]", "[fax]"))
    assert "kolom 'channels[ke-1]': harus salah satu dari:" in message
    assert "'faksimile'" in message and '(tertulis: "fax")' in message


def test_yes_is_not_a_number_and_ya_is_not_a_boolean() -> None:
    text = VALID.replace(
        "{code: identitas, text: Identitas pemohon}",
        "{code: identitas, text: Identitas pemohon, mandatory: ya}",
    )
    assert "kolom 'requirements[identitas].mandatory': harus true atau false" in error_of(text)


def test_yaml_syntax_error_names_file_and_line() -> None:
    text = VALID.replace("    name: Legalisasi sertifikat", "    name: [Legalisasi")
    message = error_of(text, "rusak.yaml")
    assert message.startswith("rusak.yaml, baris ")
    assert "format YAML tidak valid" in message


def test_duplicate_yaml_key_is_not_silently_dropped() -> None:
    message = error_of(VALID.replace("version: 1\n", "version: 1\nversion: 2\n"))
    assert "contoh.yaml, baris 3" in message and "'version' ditulis dua kali" in message


def test_top_level_must_be_mapping() -> None:
    assert error_of("- a\n- b\n").startswith("contoh.yaml: isi file harus berupa pemetaan")


def test_top_level_error_has_no_service() -> None:
    message = error_of(VALID.replace("version: 1", "version: 0"))
    assert message == "contoh.yaml: kolom 'version': harus bilangan bulat positif (tertulis: 0)"


def test_free_fee_with_amount_is_contradictory() -> None:
    message = error_of(VALID.replace("is_free: false", "is_free: true"))
    assert "kolom 'fee.amount': layanan gratis tidak boleh punya nominal" in message


def test_survey_applies_to_unknown_service() -> None:
    text = VALID.replace("services:", "survey: {applies_to: [ujian]}\nservices:")
    assert "kolom 'survey.applies_to': layanan 'ujian' tidak ada" in error_of(text)


def test_models_are_frozen() -> None:
    standard = parse_catalog_text(VALID, "contoh.yaml")
    with pytest.raises(ValueError):
        setattr(standard.services[0], "name", "lain")  # noqa: B010 - bypass typing on purpose


def test_format_rupiah_uses_dots() -> None:
    assert format_rupiah(1_250_000) == "Rp1.250.000"
    assert format_rupiah(500) == "Rp500"

"""Code tables behind the GDELT and ACLED exports."""
from __future__ import annotations

import pytest

from eventwire.export import codes
from eventwire.extract.ontology import DEFAULT_CAMEO


@pytest.mark.parametrize("cameo,quad,gs", [
    ("010", 1, 0.0), ("030", 1, 4.0), ("046", 1, 7.0), ("057", 1, 8.0),   # verbal cooperation
    ("062", 2, 7.4), ("0874", 2, 10.0), ("0873", 2, 9.0),                  # material cooperation
    ("090", 3, -2.0), ("103", 3, -5.0), ("1121", 3, -2.0), ("130", 3, -4.4), ("139", 3, -7.0),
    ("141", 4, -6.5), ("154", 4, -7.2), ("163", 4, -8.0), ("173", 4, -5.0), ("1711", 4, -9.2),
    ("1821", 4, -9.0), ("1823", 4, -10.0), ("1831", 4, -10.0), ("184", 4, -8.0),
    ("190", 4, -10.0), ("195", 4, -10.0), ("196", 4, -9.5), ("2041", 4, -10.0),
])
def test_quadclass_and_goldstein(cameo, quad, gs):
    assert codes.quadclass(cameo) == quad
    assert codes.goldstein(cameo) == gs


def test_cameo_code_levels():
    assert codes.cameo_codes("1823") == ("1823", "182", "18")
    assert codes.cameo_codes("19") == ("190", "190", "19")  # a bare root is its generic code
    assert codes.cameo_codes(None) is None and codes.cameo_codes("21") is None and codes.cameo_codes("x9") is None
    assert codes.goldstein(None) is None and codes.quadclass("") is None


def test_every_code_eventwire_emits_has_a_goldstein_value():
    from eventwire.extract.lexicon import LEXICON, VERB_SENSES

    emitted = {c for c in DEFAULT_CAMEO.values() if c}
    emitted |= {t.cameo for t in [*LEXICON.values(), *VERB_SENSES.values()] if t.cameo}
    assert len(emitted) > 50
    for cam in emitted:
        assert codes.goldstein(cam) is not None, cam
        assert codes.quadclass(cam) in (1, 2, 3, 4), cam


@pytest.mark.parametrize("iso3,fips", [
    ("SYR", "SY"), ("IRQ", "IZ"), ("RUS", "RS"), ("DEU", "GM"), ("GBR", "UK"), ("USA", "US"),
    ("FRA", "FR"), ("CHN", "CH"), ("CHE", "SZ"), ("ISR", "IS"), ("YEM", "YM"), ("NGA", "NI"), ("NER", "NG"),
])
def test_fips_country(iso3, fips):
    assert codes.fips_country(iso3) == fips


def test_fips_palestine_and_unknown():
    assert codes.fips_country("PSE", "PS-GZA") == "GZ"
    assert codes.fips_country("PSE", "PS-HBN") == "WE"
    assert codes.fips_country(None) is None and codes.fips_country("XXX") is None


def test_fips_admin1():
    assert codes.fips_admin1("SYR", "SY-RA") == "SY04"   # Ar Raqqah
    assert codes.fips_admin1("SYR", "SY-DY") == "SY07"   # Dayr az Zawr
    assert codes.fips_admin1("IRQ", "IQ-NI") == "IZ15"   # Ninawa
    assert codes.fips_admin1("USA", "US-TX") == "USTX"   # GDELT writes US states so
    # GeoNames does not carry FIPS admin1 codes there: left empty rather than guessed
    assert codes.fips_admin1("GBR", "GB-ENG") is None
    assert codes.fips_admin1("FRA", "FR-IDF") is None
    assert codes.fips_admin1("SYR", None) is None


def test_country_names_numeric_regions():
    assert codes.country_name("SYR") == "Syria" and codes.iso_numeric("SYR") == 760
    assert codes.iso_numeric("RUS") == 643 and codes.ACLED_REGION["RUS"] == "Europe"
    assert codes.ACLED_REGION["SYR"] == "Middle East" and codes.ACLED_REGION["NGA"] == "Western Africa"
    assert codes.ACLED_REGION["AFG"] == "South Asia" and codes.ACLED_REGION["UKR"] == "Europe"
    regions = set(codes.ACLED_REGION.values())
    assert len(regions) == 17


def test_inter_codes():
    ic = codes.inter_code
    assert ic("MIL", "SYR", "Battles", "SYR", target=False) == 1
    assert ic("MIL", "RUS", "Explosions/Remote violence", "SYR", target=False) == 8  # abroad
    assert ic("GOV", "RUS", "Battles", None, target=False) == 1  # place unknown: not called abroad
    assert ic("REB", None, "Battles", "SYR", target=True) == 2
    assert ic("UAF", None, "Violence against civilians", "NGA", target=False) == 3
    assert ic("CVL", None, "Protests", None, target=False) == 6
    assert ic("CVL", None, "Riots", None, target=False) == 5
    assert ic("CVL", "SYR", "Violence against civilians", "SYR", target=True) == 7
    assert ic("MED", None, "Violence against civilians", None, target=True) == 7  # journalists attacked
    assert ic("IGO", None, "Strategic developments", None, target=False) == 8
    assert ic(None, "SYR", "Battles", "SYR", target=False) is None
    assert codes.interaction(2, 1) == "12" and codes.interaction(6, None) == "60"
    assert codes.interaction(None, 2) is None and codes.interaction(7, 7) == "77"


def test_disorder_types():
    assert codes.disorder_type("Battles", "Armed clash") == "Political violence"
    assert codes.disorder_type("Riots", "Mob violence") == "Political violence"
    assert codes.disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert codes.disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert codes.disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    assert codes.disorder_type(None, None) is None


def test_acled_country_names_and_points():
    # ACLED's spelling where it differs from GeoNames'; GeoNames' otherwise
    assert codes.country_name("NLD") == "The Netherlands" and codes.acled_country("NLD") == "Netherlands"
    assert codes.acled_country("PSE") == "Palestine" and codes.acled_country("SYR") == "Syria"
    assert codes.acled_country(None) is None
    # country points are the gazetteer's (Factbook) points; the US at the contiguous states' centre
    lat, lon = codes.country_point("SYR")
    assert 32 < lat < 37 and 35 < lon < 42
    assert codes.country_point("USA") == (39.76, -98.5) and codes.country_point("XXX") is None

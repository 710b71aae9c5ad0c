//! The shape of CAMEO actor codes: which 3-letter blocks may start a code and which may follow.
//!
//! A code is a sequence of 3-letter blocks: a country (ISO 3166-1 alpha-3, plus CAMEO's KSV for
//! Kosovo) or a transnational prefix (IGO, NGO, IMG …), then role, region, religion or known-group
//! blocks (`LBYMIL`, `IGOEUREEC`, `NGOHLHIRC`). The lists follow the CAMEO codebook as GDELT
//! publishes it (CAMEO.type, CAMEO.knowngroup, CAMEO.country). A legitimately new group block
//! (a party or militia code) is added to [`GROUPS`] here, which keeps typos like `LBYMLI` out.

/// Country blocks: ISO 3166-1 alpha-3 of every territory, and CAMEO's KSV (Kosovo).
pub const COUNTRIES: &[&str] = &[
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KSV", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA",
    "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV",
    "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ",
    "MUS", "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR",
    "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI",
    "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN",
    "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP",
    "SUR", "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK",
    "TKL", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI",
    "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM",
    "ZAF", "ZMB", "ZWE",
];

/// Blocks that start a code without a country.
pub const TRANSNATIONAL: &[&str] = &[
    "IGO", // inter-governmental organisation
    "NGO", // non-governmental organisation
    "NGM", // non-governmental movement
    "IMG", // international militarized group
    "MNC", // multinational corporation
    "UIS", // unidentified state actor
    "INT", // ambiguous international or transnational actor
];

/// Regions, used after IGO (`IGOEUR…`) or alone.
pub const REGIONS: &[&str] = &[
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "ARB",
];

/// Primary and secondary role (sector) codes.
pub const SECTORS: &[&str] = &[
    "GOV", "SPY", "OPP", "MIL", "PTY", "REB", "EDU", "COP", "JUD", "CRM", "BUS", "MED", "CVL",
    "UAF", "AGR", "ELI", "DEV", "ENV", "HLH", "HRI", "LAB", "LEG", "REF", "MOD", "RAD", "INS",
    "SEP", "PKO",
];

/// Religions and their branches.
pub const RELIGIONS: &[&str] = &[
    "MOS", "SHI", "SUN", "SFI", "ALE", "DRZ", "CHR", "CTH", "DOX", "PRO", "CPT", "MRN", "LDS",
    "JHW", "JEW", "HSD", "UDX", "HIN", "BUD", "SIK", "ATH", "BAH", "CON", "TAO", "JAN",
];

/// Ethnic groups used in the Middle East and North Africa.
pub const ETHNIC: &[&str] = &["KUR", "BER", "TUA", "TBU", "ARM"];

/// Known groups: organisations, parties and armed groups with their own block.
pub const GROUPS: &[&str] = &[
    "AAM", "ABD", "ACC", "ADB", "AEU", "AFB", "AFU", "AIE", "ALQ", "AMF", "AML", "AMN", "AMU",
    "ANO", "APE", "ARL", "ASF", "ASL", "ASN", "ATD", "BCA", "BIS", "BTH", "CEM", "CFA", "CIS",
    "CMN", "COE", "CPA", "CPC", "CRC", "CSS", "CWN", "DFL", "EAC", "EBR", "ECA", "EEC", "EFT",
    "ENN", "FAO", "FID", "FIS", "FLN", "FTA", "GCC", "GIA", "GOE", "GOS", "GSP", "GSS", "HCH",
    "HCR", "HEZ", "HIP", "HMS", "HRW", "IAC", "IAD", "IAE", "IAF", "ICC", "ICG", "ICJ", "ICO",
    "IDB", "IGC", "IHF", "ILO", "IMF", "IOM", "IPU", "IRC", "ISI", "ISJ", "ITP", "JMA", "JUR",
    "KDP", "KID", "LBA", "LKD", "MBR", "MRZ", "MSF", "MSP", "NAT", "NEP", "NON", "OAS", "OAU",
    "OIC", "OPC", "PAP", "PFL", "PKK", "PLF", "PLO", "PLS", "PMD", "PRC", "PSE", "RCR", "RND",
    "SAA", "SAD", "SCE", "SHA", "SOT", "TAL", "UEM", "UNO", "WAD", "WAM", "WAS", "WBK", "WCT",
    "WEF", "WEU", "WFP", "WHO", "WTO", "XFM",
];

/// Why a code is malformed, or `None` when it is well formed.
pub fn code_problem(code: &str) -> Option<String> {
    if code.is_empty() {
        return Some("empty CAMEO code".into());
    }
    if !code.bytes().all(|b| b.is_ascii_uppercase()) || !code.len().is_multiple_of(3) {
        return Some(format!(
            "CAMEO code {code:?} is not a sequence of 3-letter upper-case blocks"
        ));
    }
    let blocks: Vec<&str> = (0..code.len() / 3)
        .map(|i| &code[i * 3..i * 3 + 3])
        .collect();
    let first = blocks[0];
    let first_ok = COUNTRIES.contains(&first)
        || TRANSNATIONAL.contains(&first)
        || REGIONS.contains(&first)
        || RELIGIONS.contains(&first)
        || ETHNIC.contains(&first);
    if !first_ok {
        return Some(format!(
            "CAMEO code {code:?} starts with {first:?}, which is neither a country nor IGO/NGO/IMG/region"
        ));
    }
    for block in &blocks[1..] {
        let ok = SECTORS.contains(block)
            || REGIONS.contains(block)
            || RELIGIONS.contains(block)
            || ETHNIC.contains(block)
            || GROUPS.contains(block)
            || TRANSNATIONAL.contains(block);
        if !ok {
            return Some(format!(
                "CAMEO code {code:?}: unknown block {block:?} (sectors, regions and known groups are listed in crates/kb/src/cameo.rs)"
            ));
        }
    }
    None
}

/// Whether `sector` is a single role block (`GOV`, `MIL` …).
pub fn is_sector(sector: &str) -> bool {
    SECTORS.contains(&sector)
}

/// Whether `iso3` is a known country block.
pub fn is_country(iso3: &str) -> bool {
    COUNTRIES.contains(&iso3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_documented_codes() {
        for code in [
            "LBY",
            "LBYMIL",
            "TURGOV",
            "IGOUNO",
            "IGOEUREEC",
            "IGOAFRAFU",
            "IGOMEAARL",
            "IGOWSTNAT",
            "NGOHLHIRC",
            "KSV",
            "IGOUNOPKO",
            "SYRHRI",
            "LBYREB",
        ] {
            assert_eq!(code_problem(code), None, "{code}");
        }
    }

    #[test]
    fn rejects_bad_shapes_and_unknown_blocks() {
        for code in ["", "LB", "lby", "LBYMLI", "XXXGOV", "LBYMIL1", "LBY MIL"] {
            assert!(code_problem(code).is_some(), "{code}");
        }
    }
}

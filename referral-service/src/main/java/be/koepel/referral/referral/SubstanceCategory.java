package be.koepel.referral.referral;

/** The main problem substance, in the groups of the TDI (Treatment Demand Indicator) registration. */
public enum SubstanceCategory {
    ALCOHOL,
    CANNABIS,
    COCAINE,
    OTHER_STIMULANTS,
    OPIATES,
    MEDICATION,
    GAMBLING_GAMING,
    OTHER
}

package be.koepel.referral.referral;

/** The person's gender as they state it; X for anything else or not said. */
public enum Gender { FEMALE, MALE, X }

package be.koepel.referral.referral;

/** Which peer supporter the person would rather see. */
public enum PeerGender { FEMALE, MALE, NO_PREFERENCE }

package be.koepel.referral.trajectory;

/** How the bedside visit went. */
public enum VisitOutcome { DONE, DECLINED, DISCHARGED_BEFORE_VISIT }

package be.koepel.referral.trajectory;

/** Why a trajectory ended. */
public enum CloseReason { GOT_HELP, DECLINED_HELP, NOT_REACHABLE, MOVED_AWAY, DECEASED, OTHER }

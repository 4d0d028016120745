package be.koepel.contracts.referral;

/**
 * How to call the referrer back: a professional's work contact, not the person's data. Paging uses
 * it to tell a hospital when no peer supporter could be found.
 *
 * @param function e.g. "ER nurse"
 * @param phone E.164
 */
public record ReferrerCallBack(String function, String phone) {
}

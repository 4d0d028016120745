package be.koepel.volunteer.rota;

import java.util.List;

/**
 * Who the rota puts on call at an instant.
 *
 * @param onCall the pageable ones, in paging order
 * @param skipped on the rota but not pageable, with the reasons a coordinator needs to fix it
 */
public record OnCallAnswer(List<OnCallShift> onCall, List<Skipped> skipped) {

    public record Skipped(OnCallShift shift, List<String> reasons) {
    }
}

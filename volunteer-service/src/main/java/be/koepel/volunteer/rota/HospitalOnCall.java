package be.koepel.volunteer.rota;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is on call for a hospital served by more than one schedule: its own rota first, then its shared one.
 * Each schedule's answer is composed on its own ({@link RotaComposition}: a shift, rotation or override acts
 * only on its own schedule); then the later schedule's ranks are placed after the highest rank the earlier ones
 * can page at that instant. So with its own primary pageable, the hospital's own primary stays the primary and
 * the shared schedule's people are backups after it; when its own rota has nobody pageable (a night it does not
 * cover, or everyone paused), the shared schedule's primary is the hospital's primary. A volunteer on both is
 * paged once, at the earlier place.
 */
public final class HospitalOnCall {

    /** One schedule's answer for the hospital at the instant, with that schedule's own ranks. */
    public record Layer(List<OnCallShift> pageable, List<OnCallAnswer.Skipped> skipped) {
    }

    private HospitalOnCall() {
    }

    /** @param layers the hospital's own schedule first, then its shared one */
    public static OnCallAnswer combine(List<Layer> layers) {
        List<OnCallShift> pageable = new ArrayList<>();
        List<OnCallAnswer.Skipped> skipped = new ArrayList<>();
        int offset = 0;
        for (Layer layer : layers) {
            int before = offset;
            layer.pageable().forEach(s -> pageable.add(s.ranked(s.rank() + before)));
            layer.skipped().forEach(s -> skipped.add(new OnCallAnswer.Skipped(s.shift().ranked(s.shift().rank() + before),
                    s.reasons())));
            offset = before + layer.pageable().stream().mapToInt(OnCallShift::rank).max().orElse(0);
        }
        return new OnCallAnswer(OnCallOrder.order(pageable), List.copyOf(skipped));
    }
}

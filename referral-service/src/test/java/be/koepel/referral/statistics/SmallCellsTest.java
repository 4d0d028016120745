package be.koepel.referral.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void everyCellUnderFiveIsSuppressedAndTheOthersAreShownAsTheyAre() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("ER", 12L);
        counts.put("GP", 4L);
        counts.put("CAW", 5L);
        counts.put("SELF", 1L);

        assertThat(SmallCells.suppress(counts, 5)).containsExactly(
                new SmallCells.Cell("ER", 12L, false),
                new SmallCells.Cell("GP", null, true),
                new SmallCells.Cell("CAW", 5L, false),
                new SmallCells.Cell("SELF", null, true));
    }

    @Test
    void aMedianOrShareOverFewerThanFiveCasesIsNotShown() {
        assertThat(SmallCells.over(42.0, 4, 5)).isNull();
        assertThat(SmallCells.over(42.0, 5, 5)).isEqualTo(42.0);
        assertThat(SmallCells.over(null, 50, 5)).isNull();
    }
}

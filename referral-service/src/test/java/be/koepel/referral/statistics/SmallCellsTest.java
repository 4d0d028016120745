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
    void aDimensionWithASingleCellUnderFiveAlsoWithholdsItsSmallestOtherCellSoTheTotalCannotGiveItAway() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("ER", 12L);
        counts.put("GP", 7L);
        counts.put("CAW", 9L);
        counts.put("FAMILY", 2L);

        assertThat(SmallCells.suppress(counts, 5)).containsExactly(
                new SmallCells.Cell("ER", 12L, false),
                new SmallCells.Cell("GP", null, true),
                new SmallCells.Cell("CAW", 9L, false),
                new SmallCells.Cell("FAMILY", null, true));
    }

    @Test
    void theSecondCellWithheldIsTheFirstOfTheSmallestAndItMayBeTheOnlyOtherOne() {
        Map<String, Long> tie = new LinkedHashMap<>();
        tie.put("ER", 6L);
        tie.put("GP", 6L);
        tie.put("SELF", 1L);
        assertThat(SmallCells.suppress(tie, 5)).extracting(SmallCells.Cell::suppressed).containsExactly(true, false, true);

        Map<String, Long> two = new LinkedHashMap<>();
        two.put("ER", 40L);
        two.put("FAMILY", 3L);
        assertThat(SmallCells.suppress(two, 5)).allMatch(SmallCells.Cell::suppressed);
    }

    @Test
    void noCellUnderFiveOrOneThatIsAloneInItsDimensionNeedsNoSecond() {
        Map<String, Long> none = new LinkedHashMap<>();
        none.put("ER", 40L);
        none.put("GP", 5L);
        assertThat(SmallCells.suppress(none, 5)).noneMatch(SmallCells.Cell::suppressed);
        assertThat(SmallCells.suppress(Map.of("az-turnhout", 3L), 5)).containsExactly(new SmallCells.Cell("az-turnhout", null, true));
    }

    @Test
    void aMedianOrShareOverFewerThanFiveCasesIsNotShown() {
        assertThat(SmallCells.over(42.0, 4, 5)).isNull();
        assertThat(SmallCells.over(42.0, 5, 5)).isEqualTo(42.0);
        assertThat(SmallCells.over(null, 50, 5)).isNull();
    }
}

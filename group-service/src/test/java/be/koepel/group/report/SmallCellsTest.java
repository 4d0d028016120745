package be.koepel.group.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private final SmallCells cells = new SmallCells(5);

    @Test
    void everyCountUnderFiveIsSuppressedZeroIncluded() {
        for (long count = 0; count < 5; count++) {
            assertThat(cells.of(count)).isEqualTo(new SmallCells.Cell(null, true));
        }
    }

    @Test
    void fiveAndMoreAreShown() {
        assertThat(cells.of(5)).isEqualTo(new SmallCells.Cell(5L, false));
        assertThat(cells.of(12)).isEqualTo(new SmallCells.Cell(12L, false));
    }
}

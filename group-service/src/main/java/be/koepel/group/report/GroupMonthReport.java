package be.koepel.group.report;

import java.util.List;
import java.util.UUID;

/** Per group and per month: sessions held and cancelled, anonymous attendance, newcomers. */
public record GroupMonthReport(String from, String to, int smallCellThreshold, List<Row> rows) {

    /**
     * Counts of people are cells that small-cell suppression applies to; counts of sessions are
     * not, since they say nothing about who came.
     *
     * @param sessionsHeld sessions that took place (started, not cancelled)
     * @param attendance everyone who came, counted, nobody named; suppressed when small
     * @param newcomers persons from trajectories who came for the first time; suppressed when small
     */
    public record Row(UUID groupId, String groupName, String month, long sessionsHeld, long sessionsCancelled,
            SmallCells.Cell attendance, SmallCells.Cell newcomers) {
    }
}

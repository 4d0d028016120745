package be.koepel.group.report;

import java.util.List;
import java.util.UUID;

/** Per group and per month: sessions held and cancelled, anonymous attendance, newcomers. */
public record GroupMonthReport(String from, String to, int smallCellThreshold, List<Row> rows) {

    /**
     * @param sessionsHeld sessions that took place (started, not cancelled)
     * @param attendance everyone who came, counted, nobody named
     * @param newcomers persons from trajectories who came for the first time; suppressed when small
     */
    public record Row(UUID groupId, String groupName, String month, long sessionsHeld, long sessionsCancelled,
            long attendance, SmallCells.Cell newcomers) {
    }
}

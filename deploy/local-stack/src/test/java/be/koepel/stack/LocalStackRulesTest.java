package be.koepel.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pure logic of the local stack; nothing here starts a server, Keycloak least of all. */
class LocalStackRulesTest {

    @Test
    void aPidIsOursOnlyWhenItsCommandLineCarriesTheMarker() {
        String marker = "-Dkoepel.stack.dir=/repo/.koepel";
        assertTrue(PidFile.belongsToUs(Optional.of("java -Xmx256m -Dkoepel.stack.dir=/repo/.koepel -jar x.jar"), marker));
        assertFalse(PidFile.belongsToUs(Optional.of("java -jar someone-elses.jar"), marker));
        assertFalse(PidFile.belongsToUs(Optional.empty(), marker), "an unknown command line is never ours");
        assertFalse(PidFile.belongsToUs(Optional.of("anything"), ""), "an empty marker matches nothing");
    }

    @Test
    void theCurrentProcessIsRecognisedAndAReusedPidIsNot(@TempDir Path dir) {
        PidFile pids = new PidFile(dir.resolve("pids"));
        long me = ProcessHandle.current().pid();
        pids.add(new PidFile.Entry(me, "self", "java"));
        pids.add(new PidFile.Entry(me, "impostor", "no-such-marker-" + System.nanoTime()));
        List<PidFile.Entry> entries = pids.entries();
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).ours().isPresent());
        assertTrue(entries.get(1).handle().isPresent());
        assertTrue(entries.get(1).ours().isEmpty(), "alive, but not with our command line: left alone");
    }

    @Test
    void aBrokenPidFileLineIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pids");
        Files.writeString(file, "garbage\n12\tkafka\t/repo/.koepel/kafka\nx\ty\tz\n");
        assertEquals(List.of(new PidFile.Entry(12, "kafka", "/repo/.koepel/kafka")), new PidFile(file).entries());
    }

    @Test
    void aTakenPortIsNamedWithWhoNeedsIt() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = socket.getLocalPort();
            Optional<String> message = Ports.taken(port, "Keycloak");
            assertTrue(message.isPresent());
            assertTrue(message.get().contains("port " + port + " (Keycloak) is already in use"), message.get());
            StackException e = org.junit.jupiter.api.Assertions.assertThrows(StackException.class,
                    () -> Ports.requireFree(Map.of(port, "Keycloak")));
            assertTrue(e.getMessage().contains("./koepel down"), e.getMessage());
        }
    }

    @Test
    void theRotaCoversEveryHourOfTodayAndTheNextFourteenDaysWithTwoRanksAtEveryHospital() {
        LocalDate today = LocalDate.of(2026, 3, 27); // the spring DST change falls in the period
        List<SeedData.Shift> shifts = SeedData.rota(today, 14);
        OffsetDateTime from = today.atStartOfDay(SeedData.ZONE).toOffsetDateTime();
        OffsetDateTime to = today.plusDays(15).atStartOfDay(SeedData.ZONE).toOffsetDateTime();
        for (String hospital : SeedData.HOSPITALS) {
            for (OffsetDateTime t = from; t.isBefore(to); t = t.plus(30, ChronoUnit.MINUTES)) {
                OffsetDateTime at = t;
                for (int rank = 1; rank <= 2; rank++) {
                    int r = rank;
                    List<SeedData.Shift> covering = shifts.stream().filter(s -> s.hospital().equals(hospital)
                            && s.rank() == r && !s.startsAt().isAfter(at) && s.endsAt().isAfter(at)).toList();
                    assertEquals(1, covering.size(), hospital + " rank " + rank + " at " + at);
                    assertEquals(hospital, SeedData.VOLUNTEERS.get(covering.get(0).volunteer()).hospital());
                }
            }
        }
        assertTrue(shifts.stream().allMatch(s -> s.endsAt().isAfter(s.startsAt())
                && ChronoUnit.HOURS.between(s.startsAt(), s.endsAt()) <= 15));
        // rank 1 and rank 2 of one shift are two different people
        for (SeedData.Shift one : shifts) {
            shifts.stream().filter(o -> o != one && o.hospital().equals(one.hospital()) && o.startsAt().equals(one.startsAt()))
                    .forEach(o -> assertTrue(o.volunteer() != one.volunteer()));
        }
    }
}

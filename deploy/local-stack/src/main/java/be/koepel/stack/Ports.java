package be.koepel.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fixed ports of DESIGN.md: checks that they are free before anything starts. */
final class Ports {

    private Ports() {
    }

    /** A message naming the port and who needs it when it is taken; empty when it is free. */
    static Optional<String> taken(int port, String what) {
        if (isFree(port)) {
            return Optional.empty();
        }
        return Optional.of("port " + port + " (" + what + ") is already in use by another program."
                + " Find it with: ss -ltnp 'sport = :" + port + "'");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        // Something may listen on 127.0.0.1 only, which the wildcard bind does not always notice.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Fails with one message listing every taken port. */
    static void requireFree(Map<Integer, String> ports) {
        List<String> problems = new LinkedHashMap<>(ports).entrySet().stream()
                .map(e -> taken(e.getKey(), e.getValue())).flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            throw new StackException("Cannot start the local stack:\n  - " + String.join("\n  - ", problems)
                    + "\nStop those programs (or an earlier stack: ./koepel down) and run ./koepel up again.");
        }
    }
}

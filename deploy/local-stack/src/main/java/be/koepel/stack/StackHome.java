package be.koepel.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root and the stack's data folder {@code .koepel/} in it. */
record StackHome(Path root, Path dir) {

    static final String KEYCLOAK_VERSION = "26.5.6";

    static StackHome of(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        return new StackHome(normalized, normalized.resolve(".koepel"));
    }

    Path logs() {
        return created(dir.resolve("logs"));
    }

    Path tmp() {
        return created(dir.resolve("tmp"));
    }

    Path pids() {
        return dir.resolve("pids");
    }

    Path postgresData() {
        return dir.resolve("postgres").resolve("data");
    }

    Path postgresBinaries() {
        return dir.resolve("postgres").resolve("binaries");
    }

    Path kafkaData() {
        return dir.resolve("kafka");
    }

    Path keycloakHome() {
        return dir.resolve("keycloak").resolve("keycloak-" + KEYCLOAK_VERSION);
    }

    Path seededMarker() {
        return dir.resolve("seeded.json");
    }

    Path realmFile() {
        return root.resolve("deploy/keycloak/koepel-realm.json");
    }

    Path serviceJar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static Path created(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package be.koepel.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the network through the services' own APIs, with a coordinator's token from Keycloak,
 * on the first start only ({@code .koepel/seeded.json} records what was made). Volunteers come
 * first; then each volunteer's Keycloak user gets the attribute {@code volunteer_id} = the id
 * volunteer-service assigned (admin REST API), so their tokens carry it. A run that broke off
 * half-way can be repeated: volunteers and groups that exist already (same phone, same name)
 * are reused.
 */
final class Seeder {

    static final String DEV_PASSWORD = "koepel-dev"; // DEV ONLY: the realm's demo users
    static final String COORDINATOR = "coordinator";

    private final StackHome home;
    private final String keycloak;

    Seeder(StackHome home, String keycloakUrl) {
        this.home = home;
        this.keycloak = keycloakUrl;
    }

    boolean seeded() {
        return Files.exists(home.seededMarker());
    }

    void seed() {
        String token = userToken(COORDINATOR, DEV_PASSWORD);
        List<String> volunteerIds = volunteers(token);
        linkKeycloakUsers(volunteerIds);
        int shifts = rota(token, volunteerIds);
        int groups = groups(token);
        ObjectNode marker = Http.JSON.createObjectNode();
        marker.put("seededAt", java.time.OffsetDateTime.now(SeedData.ZONE).toString());
        ObjectNode volunteers = marker.putObject("volunteers");
        for (int i = 0; i < volunteerIds.size(); i++) {
            volunteers.put(SeedData.VOLUNTEERS.get(i).username(), volunteerIds.get(i));
        }
        marker.put("shifts", shifts);
        marker.put("groups", groups);
        try {
            Files.writeString(home.seededMarker(), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(marker));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("Seeded: %d volunteers (Keycloak users linked by volunteer_id), %d on-call shifts"
                + " (today + 14 days, 4 hospitals, rank 1 and 2 around the clock), %d contact groups.%n",
                volunteerIds.size(), shifts, groups);
    }

    /**
     * On a later start: makes sure every volunteer's Keycloak user still carries its volunteer_id
     * (e.g. after Keycloak's database was reset and the realm imported again).
     */
    void relink() {
        try {
            JsonNode marker = Http.JSON.readTree(home.seededMarker().toFile()).path("volunteers");
            List<String> ids = new ArrayList<>();
            for (SeedData.Volunteer v : SeedData.VOLUNTEERS) {
                if (!marker.hasNonNull(v.username())) {
                    return; // written by another version: leave it
                }
                ids.add(marker.get(v.username()).asText());
            }
            linkKeycloakUsers(ids);
        } catch (IOException e) {
            throw new StackException("Could not read " + home.seededMarker() + ": " + e.getMessage(), e);
        }
    }

    String userToken(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "koepel-cli");
        form.put("username", username);
        form.put("password", password);
        Http.Answer answer = Http.expect(Http.form(keycloak + "/realms/koepel/protocol/openid-connect/token", form), 200,
                "Keycloak password grant for " + username);
        return answer.json().get("access_token").asText();
    }

    private String adminToken() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", "admin"); // DEV ONLY bootstrap admin of the local Keycloak
        form.put("password", "admin");
        return Http.expect(Http.form(keycloak + "/realms/master/protocol/openid-connect/token", form), 200,
                "Keycloak admin login").json().get("access_token").asText();
    }

    private List<String> volunteers(String token) {
        Map<String, String> existing = new HashMap<>();
        JsonNode page = Http.expect(Http.send("GET", Koepel.url(8102) + "/api/volunteers?size=100", token, null), 200,
                "GET /api/volunteers").json();
        for (JsonNode v : page.path("items").isMissingNode() ? page.path("content") : page.path("items")) {
            existing.put(v.path("phone").asText(), v.path("id").asText());
        }
        List<String> ids = new ArrayList<>();
        for (SeedData.Volunteer v : SeedData.VOLUNTEERS) {
            String id = existing.get(v.phone());
            if (id == null) {
                ObjectNode body = Http.JSON.createObjectNode();
                body.put("displayName", v.displayName());
                body.put("phone", v.phone());
                body.put("email", v.email());
                ArrayNode languages = body.putArray("languages");
                v.languages().forEach(languages::add);
                // profile fields of the richer registration; a service that does not know them ignores them
                body.put("gender", v.gender());
                body.put("ageBand", v.ageBand());
                ArrayNode lived = body.putArray("livedExperience");
                v.livedExperience().forEach(lived::add);
                body.putArray("municipalities").add(v.municipality());
                body.putArray("hospitals").add(v.hospital());
                id = Http.expect(Http.send("POST", Koepel.url(8102) + "/api/volunteers", token, body), 201,
                        "POST /api/volunteers " + v.displayName()).json().get("id").asText();
            }
            ids.add(id);
        }
        return ids;
    }

    private void linkKeycloakUsers(List<String> volunteerIds) {
        String admin = adminToken();
        String users = keycloak + "/admin/realms/koepel/users";
        for (int i = 0; i < volunteerIds.size(); i++) {
            String username = SeedData.VOLUNTEERS.get(i).username();
            JsonNode found = Http.expect(Http.send("GET", users + "?exact=true&username=" + username, admin, null), 200,
                    "Keycloak user lookup " + username).json();
            if (found.isEmpty()) {
                throw new StackException("Keycloak has no user " + username + " in realm koepel; is "
                        + home.realmFile() + " the realm it imported? (see README: start afresh)");
            }
            ObjectNode user = (ObjectNode) found.get(0);
            if (user.path("attributes").path("volunteer_id").path(0).asText("").equals(volunteerIds.get(i))) {
                continue;
            }
            ObjectNode attributes = user.has("attributes") && user.get("attributes").isObject()
                    ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
            attributes.putArray("volunteer_id").add(volunteerIds.get(i));
            Http.expect(Http.send("PUT", users + "/" + user.get("id").asText(), admin, user), 204,
                    "Keycloak update of " + username);
        }
    }

    private int rota(String token, List<String> volunteerIds) {
        List<SeedData.Shift> shifts = SeedData.rota(LocalDate.now(SeedData.ZONE), 14);
        for (SeedData.Shift shift : shifts) {
            ObjectNode body = Http.JSON.createObjectNode();
            body.put("volunteerId", volunteerIds.get(shift.volunteer()));
            body.put("hospitalId", shift.hospital());
            body.put("startsAt", shift.startsAt().toString());
            body.put("endsAt", shift.endsAt().toString());
            body.put("rank", shift.rank());
            Http.expect(Http.send("POST", Koepel.url(8102) + "/api/rota/shifts", token, body), 201, "POST /api/rota/shifts");
        }
        return shifts.size();
    }

    private int groups(String token) {
        JsonNode existing = Http.expect(Http.send("GET", Koepel.url(8103) + "/api/groups?size=100", token, null), 200,
                "GET /api/groups").json();
        String names = existing.toString();
        int made = 0;
        for (List<String> group : SeedData.GROUPS) {
            if (!names.contains("\"" + group.get(0) + "\"")) {
                ObjectNode body = Http.JSON.createObjectNode();
                body.put("name", group.get(0));
                body.put("municipality", group.get(1));
                Http.expect(Http.send("POST", Koepel.url(8103) + "/api/groups", token, body), 201, "POST /api/groups");
            }
            made++;
        }
        return made;
    }
}

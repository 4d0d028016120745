package be.koepel.notification.paging;

import be.koepel.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The one-tap link in a page, usable on a phone without logging in. Opening it only shows a
 * button; the button POSTs the answer, so a link scanner that follows the link acknowledges nothing.
 * Whoever opens it is on a phone: a forged, expired or used link gets a small page saying so, never
 * JSON, and changes nothing.
 */
@Path("/a")
@Produces(MediaType.TEXT_HTML)
public class AnswerLinkResource {

    private static final String BIG = "font-size:1.5em;padding:.6em 1.2em;margin:.4em 0";
    private static final String CALL = "<p>Wil je toch nog helpen? Bel de coördinator van dienst.</p>";
    private static final String ACKNOWLEDGED_BEFORE = "<p>Je hebt deze oproep al bevestigd. De spoed rekent op je.</p>";
    private static final String DECLINED_BEFORE = "<p>Je liet al weten dat je niet kan; we vroegen iemand anders.</p>";

    private final AnswerLinks links;
    private final PageAnswers answers;
    private final Clock clock;

    public AnswerLinkResource(AnswerLinks links, PageAnswers answers, Clock clock) {
        this.links = links;
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @Path("/{pageId}/{expires}/{signature}")
    public Response confirm(@PathParam("pageId") String pageId, @PathParam("expires") String expires,
            @PathParam("signature") String signature) {
        Opened opened = open(pageId, expires, signature);
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        Page page = opened.page();
        Escalation escalation = opened.escalation();
        String where = escape(escalation.hospitalName)
                + (escalation.erDepartment == null ? "" : ", " + escape(escalation.erDepartment))
                + (escalation.erRoom == null ? "" : ", kamer " + escape(escalation.erRoom));
        String self = "/a/" + page.id + "/" + escape(expires) + "/" + escape(signature);
        return html(200, "Spoedoproep", "<p>" + where + "</p>"
                + "<form method=\"post\" action=\"" + self + "\"><button type=\"submit\" style=\"" + BIG + "\">"
                + "Ik ga</button></form>"
                + "<form method=\"post\" action=\"" + self + "/decline\"><button type=\"submit\" style=\"" + BIG + "\">"
                + "Ik kan niet</button></form>");
    }

    @POST
    @Path("/{pageId}/{expires}/{signature}")
    public Response answer(@PathParam("pageId") String pageId, @PathParam("expires") String expires,
            @PathParam("signature") String signature) {
        return reply(open(pageId, expires, signature), answers::acknowledge,
                "<p>Je bent bevestigd. De persoon en de spoed weten dat je komt.</p>", ACKNOWLEDGED_BEFORE,
                AnswerLinkResource::alreadyCovered);
    }

    /** "I can't go": the next peer supporter is paged at once. */
    @POST
    @Path("/{pageId}/{expires}/{signature}/decline")
    public Response decline(@PathParam("pageId") String pageId, @PathParam("expires") String expires,
            @PathParam("signature") String signature) {
        return reply(open(pageId, expires, signature), answers::decline,
                "<p>We vragen meteen iemand anders. Bedankt om het te laten weten.</p>", DECLINED_BEFORE,
                () -> html(409, "Niet meer nodig", "<p>Deze oproep wacht niet meer op een antwoord. Bedankt!</p>"));
    }

    /**
     * Gives the peer's answer through an opened link: thanks when it was taken now, "link already
     * used" when they gave it before, {@code tooLate} when the page no longer takes it.
     */
    private Response reply(Opened opened, BiFunction<UUID, UUID, PageAnswers.Answer> give, String thanks,
            String givenBefore, Supplier<Response> tooLate) {
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        try {
            return give.apply(opened.page().id, opened.page().volunteerId).answeredNow()
                    ? html(200, "Bedankt", thanks) : used(givenBefore);
        } catch (ProblemException e) {
            return tooLate.get();
        }
    }

    /** Links sent before they carried an expiry: they no longer work. */
    @GET
    @Path("/{pageId}/{signature}")
    public Response legacy(@PathParam("pageId") String pageId, @PathParam("signature") String signature) {
        return expired();
    }

    @POST
    @Path("/{pageId}/{signature}")
    public Response legacyAnswer(@PathParam("pageId") String pageId, @PathParam("signature") String signature) {
        return expired();
    }

    private record Opened(Page page, Escalation escalation, Response refusal) {
    }

    /** The link's page, or the page that tells the volunteer why this link answers nothing. */
    private Opened open(String pageIdText, String expiresText, String signature) {
        Optional<UUID> pageId = uuid(pageIdText);
        Optional<Long> expires = epochSeconds(expiresText);
        if (pageId.isEmpty() || expires.isEmpty()) {
            return refused(forged());
        }
        switch (links.verdict(pageId.get(), expires.get(), signature, clock.instant())) {
            case FORGED:
                return refused(forged());
            case EXPIRED:
                return refused(expired());
            default:
                break;
        }
        Optional<Page> found = Page.<Page>findByIdOptional(pageId.get());
        if (found.isEmpty()) {
            return refused(forged());
        }
        Page page = found.get();
        Escalation escalation = Escalation.findById(page.escalationId);
        if (page.status == Page.Status.ACKNOWLEDGED) {
            return refused(used(ACKNOWLEDGED_BEFORE));
        }
        if (page.status == Page.Status.DECLINED) {
            return refused(used(DECLINED_BEFORE));
        }
        if (escalation.status == Escalation.Status.ACKNOWLEDGED) {
            return refused(alreadyCovered());
        }
        // A page whose step deadline passed still takes an answer: someone going is what matters.
        return new Opened(page, escalation, null);
    }

    private static Opened refused(Response response) {
        return new Opened(null, null, response);
    }

    private static Response forged() {
        return html(404, "Ongeldige link", "<p>Deze link is niet geldig. Er is niets veranderd.</p>"
                + "<p>Gebruik de link uit je oproep zoals je hem kreeg.</p>" + CALL);
    }

    private static Response expired() {
        return html(410, "Link verlopen", "<p>Deze link is verlopen. Er is niets veranderd.</p>" + CALL);
    }

    private static Response alreadyCovered() {
        return html(409, "Al opgevangen", "<p>Een andere ervaringsdrager is al onderweg. Bedankt!</p>");
    }

    private static Response used(String what) {
        return html(409, "Link al gebruikt", what + "<p>Deze link werkt maar één keer. Er is niets veranderd.</p>");
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> epochSeconds(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Response html(int status, String title, String body) {
        String page = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Koepel - " + title
                + "</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>" + title + "</h1>" + body
                + "</body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

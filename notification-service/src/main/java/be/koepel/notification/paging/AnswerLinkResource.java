package be.koepel.notification.paging;

import be.koepel.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The one-tap link in a page, usable on a phone without logging in. Opening it only shows a
 * button; the button POSTs the answer, so a link scanner that follows the link acknowledges nothing.
 */
@Path("/a/{pageId}/{signature}")
@Produces(MediaType.TEXT_HTML)
public class AnswerLinkResource {

    private static final String BIG = "font-size:1.5em;padding:.6em 1.2em;margin:.4em 0";

    private final AnswerLinks links;
    private final PageAnswers answers;

    public AnswerLinkResource(AnswerLinks links, PageAnswers answers) {
        this.links = links;
        this.answers = answers;
    }

    @GET
    public Response confirm(@PathParam("pageId") UUID pageId, @PathParam("signature") String signature) {
        Page page = verified(pageId, signature);
        Escalation escalation = Escalation.findById(page.escalationId);
        String where = escape(escalation.hospitalName)
                + (escalation.erDepartment == null ? "" : ", " + escape(escalation.erDepartment))
                + (escalation.erRoom == null ? "" : ", kamer " + escape(escalation.erRoom));
        String self = "/a/" + pageId + "/" + escape(signature);
        return html(200, "Spoedoproep", "<p>" + where + "</p>"
                + "<form method=\"post\" action=\"" + self + "\"><button type=\"submit\" style=\"" + BIG + "\">"
                + "Ik ga</button></form>"
                + "<form method=\"post\" action=\"" + self + "/decline\"><button type=\"submit\" style=\"" + BIG + "\">"
                + "Ik kan niet</button></form>");
    }

    @POST
    public Response answer(@PathParam("pageId") UUID pageId, @PathParam("signature") String signature) {
        Page page = verified(pageId, signature);
        try {
            answers.acknowledge(page.id, page.volunteerId);
            return html(200, "Bedankt", "<p>Je bent bevestigd. De persoon en de spoed weten dat je komt.</p>");
        } catch (ProblemException e) {
            return html(409, "Al opgevangen", "<p>Een andere ervaringsdrager is al onderweg. Bedankt!</p>");
        }
    }

    /** "I can't go": the next peer supporter is paged at once. */
    @POST
    @Path("/decline")
    public Response decline(@PathParam("pageId") UUID pageId, @PathParam("signature") String signature) {
        Page page = verified(pageId, signature);
        try {
            answers.decline(page.id, page.volunteerId);
            return html(200, "Bedankt", "<p>We vragen meteen iemand anders. Bedankt om het te laten weten.</p>");
        } catch (ProblemException e) {
            return html(409, "Niet meer nodig", "<p>Deze oproep wacht niet meer op een antwoord. Bedankt!</p>");
        }
    }

    private Page verified(UUID pageId, String signature) {
        if (!links.isValid(pageId, signature)) {
            throw ProblemException.notFound("Page link");
        }
        return Page.<Page>findByIdOptional(pageId).orElseThrow(() -> ProblemException.notFound("Page link"));
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

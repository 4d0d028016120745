package be.koepel.notification.inbound;

import be.koepel.notification.delivery.SmsConfig;
import be.koepel.notification.paging.Page;
import be.koepel.notification.paging.PageAnswers;
import be.koepel.notification.recipient.Recipient;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Replies to a page by SMS ("OK" or "NEE"), forwarded by the SMS gateway's inbound webhook as
 * {@code {"from": "+32…", "text": "OK"}}. A gateway has no token: the HMAC signature over the body
 * with the shared secret ({@code koepel.sms.inbound-secret}) is its credential, so a bad or missing
 * signature gets 401 and changes nothing. The reply answers the sender's most recent open page;
 * the phone number proves who answers, as the link in the SMS does.
 */
@Path("/api/sms/inbound")
@PermitAll
public class InboundSmsResource {

    public static final String SIGNATURE_HEADER = "X-Koepel-Signature";
    private static final Logger LOG = Logger.getLogger(InboundSmsResource.class);

    /** What the reply did; the gateway only needs a 2xx, a person reading logs needs the outcome. */
    public record Outcome(String outcome, UUID pageId) {
    }

    private final SmsConfig config;
    private final ObjectMapper mapper;
    private final PageAnswers answers;

    public InboundSmsResource(SmsConfig config, ObjectMapper mapper, PageAnswers answers) {
        this.config = config;
        this.mapper = mapper;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Outcome receive(@HeaderParam(SIGNATURE_HEADER) String signature, String body) {
        if (!WebhookSignature.isValid(config.inboundSecret().orElse(null), body, signature)) {
            throw new ProblemException(401, "Unauthorized", "The " + SIGNATURE_HEADER + " signature is missing or wrong");
        }
        JsonNode reply = parse(body);
        String from = reply.path("from").asText("");
        String text = reply.path("text").asText(null);
        List<Problem.Violation> violations = new ArrayList<>();
        if (from.isBlank()) {
            violations.add(new Problem.Violation("from", "is required: the sender's phone number"));
        }
        if (text == null) {
            violations.add(new Problem.Violation("text", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        Optional<SmsReply> meaning = SmsReply.parse(text);
        if (meaning.isEmpty()) {
            LOG.infof("SMS reply from %s is neither OK nor NEE; ignored", mask(from));
            return new Outcome("NOT_UNDERSTOOD", null);
        }
        Optional<Page> open = QuarkusTransaction.requiringNew().call(() -> openPageOf(from));
        if (open.isEmpty()) {
            return new Outcome("NO_OPEN_PAGE", null);
        }
        Page page = open.get();
        try {
            if (meaning.get() == SmsReply.ACKNOWLEDGE) {
                answers.acknowledge(page.id, page.volunteerId);
                return new Outcome("ACKNOWLEDGED", page.id);
            }
            answers.decline(page.id, page.volunteerId);
            return new Outcome("DECLINED", page.id);
        } catch (ProblemException e) {
            return new Outcome("ALREADY_COVERED", page.id);
        }
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = mapper.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw ProblemException.badField("body", "must be a JSON object with 'from' and 'text'");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.badField("body", "must be a JSON object with 'from' and 'text'");
        }
    }

    /** The sender's most recent page still waiting for an answer. */
    private static Optional<Page> openPageOf(String phone) {
        List<UUID> volunteers = Recipient.<Recipient>list("smsNumber", phone).stream().map(r -> r.volunteerId).toList();
        if (volunteers.isEmpty()) {
            return Optional.empty();
        }
        return Page.find("volunteerId in ?1 and status = ?2 order by createdAt desc", volunteers, Page.Status.AWAITING)
                .firstResultOptional();
    }

    /** Phone numbers are personal data: the log keeps only the last digits. */
    private static String mask(String phone) {
        return phone.length() <= 3 ? "***" : "***" + phone.substring(phone.length() - 3);
    }
}

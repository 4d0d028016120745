package be.koepel.notification.inbound;

import be.koepel.notification.delivery.DeliveryReceipts;
import be.koepel.notification.delivery.SmsConfig;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's delivery receipts, {@code {"messageId": "…", "status": "delivered"}}, signed like
 * SMS replies (HMAC-SHA256 of the body with {@code koepel.sms.inbound-secret}); a bad signature gets
 * 401. An unknown message still gets 200, so that the gateway stops retrying it.
 */
@Path("/api/sms/receipts")
@PermitAll
public class DeliveryReceiptResource {

    public record Answer(DeliveryReceipts.Outcome outcome) {
    }

    private final SmsConfig config;
    private final ObjectMapper mapper;
    private final DeliveryReceipts receipts;

    public DeliveryReceiptResource(SmsConfig config, ObjectMapper mapper, DeliveryReceipts receipts) {
        this.config = config;
        this.mapper = mapper;
        this.receipts = receipts;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer receive(@HeaderParam(InboundSmsResource.SIGNATURE_HEADER) String signature, String body) {
        if (!WebhookSignature.isValid(config.inboundSecret().orElse(null), body, signature)) {
            throw new ProblemException(401, "Unauthorized",
                    "The " + InboundSmsResource.SIGNATURE_HEADER + " signature is missing or wrong");
        }
        JsonNode receipt;
        try {
            receipt = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            receipt = null;
        }
        if (receipt == null || !receipt.isObject()) {
            throw ProblemException.badField("body", "must be a JSON object with 'messageId' and 'status'");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        String messageId = receipt.path("messageId").asText("");
        String status = receipt.path("status").asText("");
        if (messageId.isBlank()) {
            violations.add(new Problem.Violation("messageId", "is required: the gateway's id of the message"));
        }
        if (status.isBlank()) {
            violations.add(new Problem.Violation("status", "is required, e.g. delivered or failed"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        return new Answer(receipts.record(messageId, status));
    }
}

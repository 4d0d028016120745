package be.koepel.volunteer.volunteer;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.platform.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which contact methods are valid, and their stored form (phones normalised, in order). */
public final class ContactChannelRules {

    static final Set<String> TYPES = Set.of(ContactChannel.SMS, ContactChannel.EMAIL, ContactChannel.WEBHOOK,
            ContactChannel.WEB_PUSH);
    /** More methods than this is no longer a paging plan anyone can follow. */
    static final int MOST_CHANNELS = 10;
    /** A page waits at most an hour for its next method; a longer delay is a typo, not a plan. */
    static final int LONGEST_DELAY_SECONDS = 3600;
    static final int LONGEST_ADDRESS = 500;
    static final int LONGEST_DEVICE_LABEL = 100;
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private ContactChannelRules() {
    }

    /** @param field the request's name for the list, e.g. {@code channels}; violations name {@code channels[1].address} */
    public static List<Problem.Violation> violations(List<ContactChannelInput> channels, String field) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (channels == null || channels.isEmpty()) {
            violations.add(new Problem.Violation(field, "must list at least one way to reach the person"));
            return violations;
        }
        if (channels.size() > MOST_CHANNELS) {
            violations.add(new Problem.Violation(field, "must list at most " + MOST_CHANNELS + " channels"));
        }
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String at = field + "[" + i + "]";
            ContactChannelInput channel = channels.get(i);
            if (channel == null) {
                violations.add(new Problem.Violation(at, "must be a channel"));
                continue;
            }
            if (channel.type() == null || !TYPES.contains(channel.type())) {
                violations.add(new Problem.Violation(at + ".type", "must be one of SMS, EMAIL, WEBHOOK, WEB_PUSH"));
            } else {
                addressProblem(channel.type(), channel.address())
                        .ifPresent(message -> violations.add(new Problem.Violation(at + ".address", message)));
            }
            if (channel.order() == null || channel.order() < 0) {
                violations.add(new Problem.Violation(at + ".order", "must be 0 or more"));
            } else if (!orders.add(channel.order())) {
                violations.add(new Problem.Violation(at + ".order", "must differ from the other channels' order"));
            }
            if (channel.delaySeconds() != null
                    && (channel.delaySeconds() < 0 || channel.delaySeconds() > LONGEST_DELAY_SECONDS)) {
                violations.add(new Problem.Violation(at + ".delaySeconds",
                        "must be between 0 and " + LONGEST_DELAY_SECONDS + " seconds"));
            }
        }
        return violations;
    }

    /** The valid channels as stored and published: lowest order first, phones in the form gateways take. */
    public static List<ContactChannel> normalised(List<ContactChannelInput> channels) {
        return channels.stream()
                .sorted(Comparator.comparingInt(ContactChannelInput::order))
                .map(c -> new ContactChannel(c.type(),
                        ContactChannel.SMS.equals(c.type()) ? ContactDetails.normalisePhone(c.address().trim())
                                : c.address().trim(),
                        c.order(), c.delaySeconds() == null ? 0 : c.delaySeconds()))
                .toList();
    }

    private static java.util.Optional<String> addressProblem(String type, String address) {
        if (address == null || address.isBlank()) {
            return java.util.Optional.of("must not be blank");
        }
        String a = address.trim();
        if (a.length() > LONGEST_ADDRESS) {
            return java.util.Optional.of("must be at most " + LONGEST_ADDRESS + " characters");
        }
        boolean valid = switch (type) {
            case ContactChannel.SMS -> a.matches(ContactDetails.PHONE_PATTERN);
            case ContactChannel.EMAIL -> a.matches(EMAIL);
            case ContactChannel.WEBHOOK -> isHttpsUrl(a);
            default -> a.length() <= LONGEST_DEVICE_LABEL;
        };
        if (valid) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (type) {
            case ContactChannel.SMS -> "must be an international number such as +32470123456";
            case ContactChannel.EMAIL -> "must be an e-mail address";
            case ContactChannel.WEBHOOK -> "must be an https URL such as https://example.org/koepel/pages";
            default -> "must be a device label of at most " + LONGEST_DEVICE_LABEL + " characters";
        });
    }

    /** Pages carry referral details, so a webhook must be https, with a host. */
    private static boolean isHttpsUrl(String address) {
        try {
            URI uri = new URI(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

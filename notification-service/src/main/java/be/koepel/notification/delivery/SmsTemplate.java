package be.koepel.notification.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a generic SMS gateway's request, with the placeholders {@code ${to}}, {@code ${text}}
 * and {@code ${from}}. A value is escaped for where it lands: as the inside of a JSON string for
 * {@link ContentType#JSON} (the template writes the quotes), URL-encoded for {@link ContentType#FORM},
 * so that a page text with quotes, ampersands or newlines can never break the request.
 */
public final class SmsTemplate {

    public static final String TO = "to";
    public static final String TEXT = "text";
    public static final String FROM = "from";
    private static final Set<String> PLACEHOLDERS = Set.of(TO, TEXT, FROM);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /** How the body is written, and so how each value is escaped. */
    public enum ContentType {
        JSON("application/json"),
        FORM("application/x-www-form-urlencoded");

        private final String mediaType;

        ContentType(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** {@code json} or {@code form}, as configured under {@code key}. */
        public static ContentType parse(String value, String key) {
            for (ContentType type : values()) {
                if (type.name().toLowerCase(Locale.ROOT).equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
            throw new IllegalArgumentException(key + " must be json or form, not '" + value + "'");
        }
    }

    /** A literal piece of the body, or (when {@code placeholder} is set) a value. */
    private record Segment(String literal, String placeholder) {
    }

    private final ContentType contentType;
    private final List<Segment> segments;

    private SmsTemplate(ContentType contentType, List<Segment> segments) {
        this.contentType = contentType;
        this.segments = List.copyOf(segments);
    }

    /**
     * A configured template.
     *
     * @param key the configuration key it came from, named in the message of a bad template
     * @throws IllegalArgumentException on an unknown placeholder or a {@code ${} that is never closed
     */
    public static SmsTemplate parse(String template, ContentType contentType, String key) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException(key + " is empty");
        }
        List<Segment> segments = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            String name = m.group(1).trim();
            if (!PLACEHOLDERS.contains(name)) {
                throw new IllegalArgumentException(key + " has the unknown placeholder ${" + m.group(1)
                        + "}; it knows ${to}, ${text} and ${from}");
            }
            segments.add(new Segment(template.substring(at, m.start()), null));
            segments.add(new Segment(null, name));
            at = m.end();
        }
        String rest = template.substring(at);
        if (rest.contains("${")) {
            throw new IllegalArgumentException(key + " has a ${ that is not closed with }");
        }
        segments.add(new Segment(rest, null));
        if (segments.stream().noneMatch(s -> TEXT.equals(s.placeholder()))) {
            throw new IllegalArgumentException(key + " must contain ${text}, or no page text would reach the gateway");
        }
        if (segments.stream().noneMatch(s -> TO.equals(s.placeholder()))) {
            throw new IllegalArgumentException(key + " must contain ${to}, or the gateway would not know the number");
        }
        return new SmsTemplate(contentType, segments);
    }

    /**
     * The body without a configured template: {@code {"<toField>": to, "<textField>": text}} as JSON,
     * or {@code <toField>=to&<textField>=text} as a form.
     */
    public static SmsTemplate fields(ContentType contentType, String toField, String textField) {
        List<Segment> segments = new ArrayList<>();
        if (contentType == ContentType.JSON) {
            segments.add(new Segment("{\"" + jsonEscape(toField) + "\":\"", null));
            segments.add(new Segment(null, TO));
            segments.add(new Segment("\",\"" + jsonEscape(textField) + "\":\"", null));
            segments.add(new Segment(null, TEXT));
            segments.add(new Segment("\"}", null));
        } else {
            segments.add(new Segment(formEncode(toField) + "=", null));
            segments.add(new Segment(null, TO));
            segments.add(new Segment("&" + formEncode(textField) + "=", null));
            segments.add(new Segment(null, TEXT));
        }
        return new SmsTemplate(contentType, segments);
    }

    public ContentType contentType() {
        return contentType;
    }

    public boolean uses(String placeholder) {
        return segments.stream().anyMatch(s -> placeholder.equals(s.placeholder()));
    }

    /** The body with every placeholder replaced by its value, escaped; a missing value is empty. */
    public String render(Map<String, String> values) {
        StringBuilder body = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.placeholder() == null) {
                body.append(segment.literal());
            } else {
                String value = values.getOrDefault(segment.placeholder(), "");
                body.append(contentType == ContentType.JSON ? jsonEscape(value) : formEncode(value));
            }
        }
        return body.toString();
    }

    /** The inside of a JSON string (RFC 8259 section 7): quote, backslash and control characters escaped. */
    public static String jsonEscape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\b' -> escaped.append("\\b");
                case '\f' -> escaped.append("\\f");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** application/x-www-form-urlencoded, UTF-8 (a space becomes +). */
    public static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

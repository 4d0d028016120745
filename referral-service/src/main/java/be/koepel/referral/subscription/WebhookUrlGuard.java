package be.koepel.referral.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Server-side request forgery guard: a partner's webhook may not point at this network's own
 * machines. Outside dev, only https to public addresses; the host is checked again at each
 * delivery, since its DNS record may change after the subscription was made.
 */
public final class WebhookUrlGuard {

    private static final int UNIQUE_LOCAL_MASK = 0xfe;
    private static final int UNIQUE_LOCAL_PREFIX = 0xfc;
    private static final int BYTE = 0xff;
    private static final int SHARED_FIRST_OCTET = 100;
    private static final int SHARED_SECOND_OCTET_MASK = 0xc0;
    private static final int SHARED_SECOND_OCTET = 64;

    private WebhookUrlGuard() {
    }

    /** @return why the URL is refused, or empty when it may be called */
    public static Optional<String> refuse(String url, boolean allowPrivateAddresses) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null) {
            return Optional.of("must be an absolute URL with a host");
        }
        if (!"https".equalsIgnoreCase(scheme) && !(allowPrivateAddresses && "http".equalsIgnoreCase(scheme))) {
            return Optional.of("must use https");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return Optional.of("must not point at a loopback, link-local or private address");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || isUniqueLocal(address) || isSharedAddressSpace(address);
    }

    /** IPv6 fc00::/7, the private range of IPv6; isSiteLocalAddress knows only the old fec0::/10. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & UNIQUE_LOCAL_MASK) == UNIQUE_LOCAL_PREFIX;
    }

    /** 100.64.0.0/10 (carrier-grade NAT), where some clouds keep their metadata and internal services. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & BYTE) == SHARED_FIRST_OCTET
                && (bytes[1] & SHARED_SECOND_OCTET_MASK) == SHARED_SECOND_OCTET;
    }
}

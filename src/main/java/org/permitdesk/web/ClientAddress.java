package org.permitdesk.web;

import java.util.Set;

/**
 * Who a request comes from, for the rate limit: the connection's address, unless that is one of the configured
 * reverse proxies; then the last address in {@code X-Forwarded-For} that is not a proxy (the one the nearest
 * trusted proxy saw; addresses further left could be made up by the client).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remoteAddress;
    }
}

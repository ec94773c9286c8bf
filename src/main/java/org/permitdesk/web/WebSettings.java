package org.permitdesk.web;

import java.util.Set;

/**
 * How the public web view listens: {@code bind} address and {@code port} (0: any free port), at most
 * {@code requestsPerMinute} requests a minute from one client (0: no limit), and the addresses of the reverse proxies
 * whose {@code X-Forwarded-For} header names the client (from any other address the header is ignored).
 */
public record WebSettings(String bind, int port, int requestsPerMinute, Set<String> trustedProxies) {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 300;

    public WebSettings {
        trustedProxies = Set.copyOf(trustedProxies);
    }

    public static WebSettings local(int port) {
        return new WebSettings("127.0.0.1", port, DEFAULT_REQUESTS_PER_MINUTE, Set.of());
    }

    public WebSettings withRequestsPerMinute(int limit) {
        return new WebSettings(bind, port, limit, trustedProxies);
    }

    public WebSettings withTrustedProxies(Set<String> proxies) {
        return new WebSettings(bind, port, requestsPerMinute, proxies);
    }
}

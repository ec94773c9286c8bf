package org.permitdesk.web;

import io.javalin.http.Context;

/**
 * The headers every response of the public web view carries: a Content-Security-Policy that allows no script at all
 * (the site works without JavaScript) and only its own stylesheet, no framing by another site, no MIME sniffing and
 * no full URL (with a search) sent to other sites. The server's name and version are not sent (see
 * {@link PublicWeb#start}).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void addTo(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}

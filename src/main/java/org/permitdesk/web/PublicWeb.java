package org.permitdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.permitdesk.permit.blds.BldsExportService;
import org.permitdesk.platform.CsvCells;
import org.permitdesk.platform.db.Database;
import org.permitdesk.report.IssuedFinaledData;
import org.permitdesk.report.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public web view: permit search, permit pages with their inspections and timeline, the issued / finaled list and
 * the open-data file, served read-only from the {@code public_*} views with plain JDBC (no Hibernate, no JavaFX).
 * Everything it needs is given here (a database opened for reading, a clock, {@link WebSettings}), so an application
 * context can build it like any other feature. Every response carries the security headers ({@link SecurityHeaders});
 * errors are friendly pages without a stack trace.
 */
public final class PublicWeb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublicWeb.class);
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    /** Set on a request whose page was rendered here (a 404 page of ours is not replaced by the generic one). */
    private static final String RENDERED = "permitdesk.rendered";

    private final Database database;
    private final Clock clock;
    private final WebSettings settings;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final RateLimit rateLimit;
    private final byte[] stylesheet;
    private Javalin server;

    public PublicWeb(Database database, Clock clock, WebSettings settings) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.rateLimit = new RateLimit(settings.requestsPerMinute(), System::nanoTime);
        this.stylesheet = resource("site.css");
    }

    /** Starts serving; returns the port it listens on. */
    public int start() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setSendDateHeader(true);
            });
            config.routes.before(this::beforeEveryRequest);
            Map<String, Handler> pages = new LinkedHashMap<>();
            pages.put("/", this::searchPage);
            pages.put("/search", this::searchPage);
            pages.put("/permits/{number}", this::permitPage);
            pages.put("/issued-finaled", this::issuedFinaledPage);
            pages.put("/issued-finaled.csv", this::issuedFinaledCsv);
            pages.put("/open-data/permits.csv", this::openData);
            pages.put("/site.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                    .header("Cache-Control", "public, max-age=3600").result(stylesheet));
            pages.forEach((path, handler) -> {
                config.routes.get(path, handler);
                config.routes.head(path, handler); // the same headers, no body (Jetty leaves it out)
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(RENDERED) == null) {
                    errorPage(ctx, 404, "Page not found", "There is no page at this address. Search for a permit"
                            + " by its number, address, parcel or contractor business name.");
                }
            });
            config.routes.exception(Exception.class, (failure, ctx) -> {
                LOG.error("Public web request {} failed", ctx.path(), failure);
                errorPage(ctx, 500, "Something went wrong", "The page could not be shown just now. Please try"
                        + " again in a few minutes.");
            });
        });
        server.start();
        int port = server.port();
        LOG.info("Public web view listening on {}:{}", settings.bind(), port);
        return port;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    /** Headers, the method check and the rate limit, before any page. */
    private void beforeEveryRequest(Context ctx) {
        SecurityHeaders.addTo(ctx);
        String method = ctx.req().getMethod();
        if (method.equals("OPTIONS")) {
            ctx.header("Allow", ALLOWED_METHODS).status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ctx.header("Allow", ALLOWED_METHODS);
            errorPage(ctx, 405, "Not allowed", "This site can only be read: " + method + " requests are not"
                    + " accepted.");
            ctx.skipRemainingHandlers();
            return;
        }
        long wait = rateLimit.secondsToWait(ClientAddress.of(ctx.req().getRemoteAddr(),
                ctx.header("X-Forwarded-For"), settings.trustedProxies()));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            errorPage(ctx, 429, "Too many requests", "You have asked for many pages in a short time. Please wait "
                    + wait + (wait == 1 ? " second" : " seconds") + " and try again.");
            ctx.skipRemainingHandlers();
        }
    }

    private void searchPage(Context ctx) throws SQLException {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        int page = pageNumber(ctx.queryParam("page"));
        SearchPage results = read(connection -> PublicSearch.search(connection, query, page));
        if (results.problem() != null) {
            ctx.status(400);
        }
        render(ctx, "search.jte", Map.of("page", results));
    }

    private void permitPage(Context ctx) throws SQLException {
        String number = ctx.pathParam("number").strip();
        if (number.length() > 40) {
            notFound(ctx, number.substring(0, 40));
            return;
        }
        Optional<PublicPermit> permit = read(connection -> PublicPermits.find(connection, number, today()));
        if (permit.isEmpty()) {
            notFound(ctx, number);
            return;
        }
        render(ctx, "permit.jte", Map.of("permit", permit.get()));
    }

    private void notFound(Context ctx, String number) {
        errorPage(ctx, 404, "Permit not found", "There is no permit numbered \u201c" + number + "\u201d. Check"
                + " the number, or search by address, parcel or contractor business name.");
    }

    private void issuedFinaledPage(Context ctx) throws SQLException {
        IssuedFinaledPage page = issuedFinaled(ctx);
        if (page.problem() != null) {
            ctx.status(400);
        }
        render(ctx, "issued.jte", Map.of("list", page));
    }

    private void issuedFinaledCsv(Context ctx) throws SQLException, IOException {
        IssuedFinaledPage page = issuedFinaled(ctx);
        if (page.problem() != null) {
            errorPage(ctx, 400, "Cannot list these permits", page.problem());
            return;
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(page.data().csvHeader());
            for (List<Object> row : (Iterable<List<Object>>) page.data().csvRows()::iterator) {
                printer.printRecord(CsvCells.safe(row));
            }
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"issued-finaled-" + page.from() + "-to-"
                        + page.to() + (page.typeCode().isEmpty() ? "" : "-" + page.typeCode()) + ".csv\"")
                .result(csv.toString());
    }

    /** Every permit, streamed as it is read (a million permits are about 250 MB: never held in memory). */
    private void openData(Context ctx) throws SQLException {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"permits.csv\"");
        if (ctx.req().getMethod().equals("HEAD")) {
            return;
        }
        read(connection -> {
            try {
                Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8),
                        64 * 1024);
                long count = BldsExportService.writePublic(connection, out);
                out.flush();
                return count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private IssuedFinaledPage issuedFinaled(Context ctx) throws SQLException {
        LocalDate today = today();
        String type = Optional.ofNullable(ctx.queryParam("type")).orElse("").strip();
        return read(connection -> {
            List<IssuedFinaledPage.TypeChoice> types = PublicTypes.all(connection);
            LocalDate from;
            LocalDate to;
            try {
                from = date(ctx.queryParam("from"), today.withDayOfMonth(1));
                to = date(ctx.queryParam("to"), today);
            } catch (DateTimeParseException e) {
                return new IssuedFinaledPage(today.withDayOfMonth(1), today, "", types, null,
                        "Dates are written as year-month-day, for example " + today + ".");
            }
            String problem = null;
            if (from.isAfter(to)) {
                problem = "The first day (" + from + ") is after the last day (" + to + "): swap them.";
            } else if (from.plusDays(IssuedFinaledPage.MOST_DAYS).isBefore(to)) {
                problem = "List at most a year at a time: choose a last day before " + from.plusYears(1) + ".";
            } else if (!type.isEmpty() && types.stream().noneMatch(choice -> choice.code().equals(type))) {
                problem = "There is no permit type \u201c" + (type.length() > 20 ? type.substring(0, 20) : type)
                        + "\u201d: choose one from the list.";
            }
            String shownType = problem != null && !type.isEmpty() && types.stream()
                    .noneMatch(choice -> choice.code().equals(type)) ? "" : type;
            if (problem != null) {
                return new IssuedFinaledPage(from, to, shownType, types, null, problem);
            }
            IssuedFinaledData data = IssuedFinaledData.loadPublic(connection,
                    ReportRequest.issuedFinaled(from, to, type.isEmpty() ? List.of() : List.of(type)));
            return new IssuedFinaledPage(from, to, type, types, data, null);
        });
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
    }

    private static int pageNumber(String text) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.min(Integer.parseInt(text.strip()), PublicSearch.MAX_PAGE);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void errorPage(Context ctx, int status, String title, String message) {
        ctx.status(status);
        render(ctx, "error.jte", Map.of("status", status, "title", title, "message", message));
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        StringOutput output = new StringOutput();
        templates.render(template, model, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }

    /** One read-only unit of work on a pooled connection (rolled back: nothing is ever written). */
    private <T> T read(SqlWork<T> work) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PublicWeb.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.permitdesk;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.permitdesk.account.ui.AccountRequestsView;
import org.permitdesk.account.ui.AccountRequestsViewModel;
import org.permitdesk.account.ui.AccountsView;
import org.permitdesk.account.ui.AccountsViewModel;
import org.permitdesk.account.ui.CredentialsDialog;
import org.permitdesk.account.ui.LicenceFileView;
import org.permitdesk.account.ui.LicenceFileViewModel;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.permit.ui.NewPermitView;
import org.permitdesk.permit.ui.NewPermitViewModel;
import org.permitdesk.permit.ui.PermitSearchView;
import org.permitdesk.permit.ui.PermitSearchViewModel;
import org.permitdesk.platform.ClassDataSharing;
import org.permitdesk.platform.DesktopDisplay;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.ui.Dialogs;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.report.ReportKind;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.ui.FirstAdministratorView;
import org.permitdesk.staff.ui.FirstAdministratorViewModel;
import org.permitdesk.staff.ui.SignInView;
import org.permitdesk.staff.ui.SignInViewModel;
import org.permitdesk.ui.MainWindowView;
import org.permitdesk.ui.MainWindowViewModel;
import org.permitdesk.ui.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: builds views and view models, and moves between the
 * sign-in window and the main window. The database opens in the background while the sign-in window
 * is already on screen; if it cannot be opened, the person may try again or quit.
 */
public final class PermitDeskApp {

    private static final Logger LOG = LoggerFactory.getLogger(PermitDeskApp.class);

    private static final String STARTUP_BENCHMARK = "permitdesk.startupBenchmark";
    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX configuration"),
     * which is how PermitDesk ships (one JAR and lib/); kept here so the quieter level sticks.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP_LOG =
            java.util.logging.Logger.getLogger("javafx");

    private final Callable<Services> openServices;
    private final String databaseLabel;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ViewLoader views = ViewLoader.withDefaultBundle();
    private final Runnable onClosed;
    /** Start-up milestones count from the JVM that the person started, also when the app was relaunched. */
    private final long launchedAt = ClassDataSharing.launchedAt();
    private Stage stage;
    private Services services;
    private SignInViewModel signIn;
    private String demoHint = "";
    private AccountRequestsViewModel requestsScreen;
    private ScheduledExecutorService mailboxTimer;
    private ScheduledExecutorService expiryTimer;

    public PermitDeskApp(Callable<Services> openServices, String databaseLabel, TaskRunner tasks, Clock clock,
                         Runnable onClosed) {
        this.openServices = openServices;
        this.databaseLabel = databaseLabel;
        this.tasks = tasks;
        this.clock = clock;
        this.onClosed = onClosed;
    }

    /** Runs the desktop app until its window is closed. Returns the process exit code. */
    public static int runDesktop(DatabaseSettings settings) {
        Optional<String> noDisplay = DesktopDisplay.missingHere();
        if (noDisplay.isPresent()) {
            throw new DesktopDisplay.Unavailable(noDisplay.get());
        }
        CountDownLatch closed = new CountDownLatch(1);
        Clock clock = Clock.systemDefaultZone();
        // The database opens while the JavaFX toolkit starts: the two take about as long as each other.
        FirstThenRetry opener = new FirstThenRetry(settings, clock);
        JAVAFX_STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> new PermitDeskApp(opener,
                    settings.embeddedDefault() ? "Embedded demo database" : settings.displayUrl(),
                    TaskRunner.withThreadPool(Platform::runLater), clock, closed::countDown).start(new Stage()));
        } catch (UnsupportedOperationException noToolkit) {
            // GTK's "Unable to open DISPLAY": the stack trace goes to the log, the person reads one line.
            LOG.error("JavaFX cannot open the display", noToolkit);
            opener.abandon();
            throw new DesktopDisplay.Unavailable(DesktopDisplay.cannotOpen(System.getenv()), noToolkit);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setTitle("PermitDesk");
        stage.setOnHidden(event -> shutDown());
        showSignIn();
        stage.show();
        LOG.info("Sign-in window shown {} ms after start", millisSinceLaunch());
        openDatabase();
    }

    private void openDatabase() {
        tasks.run(() -> {
            Services opened = openServices.call();
            return new Opened(opened, opened.staff().needsFirstAdministrator(), opened.showsDemoSignIns());
        }, this::databaseOpened, failure -> {
            if (Dialogs.retryOrQuit(stage, "Cannot open the database", UserMessages.describe(failure))) {
                openDatabase();
            } else {
                stage.close();
            }
        });
    }

    private void databaseOpened(Opened opened) {
        LOG.info("Database ready {} ms after start", millisSinceLaunch());
        services = opened.services();
        startMailboxPolling();
        expirePermitsDaily();
        if (opened.needsFirstAdministrator()) {
            showFirstAdministrator();
            return;
        }
        demoHint = opened.demoSignIns()
                ? "Demo database \u2014 sign in as clerk, inspector, supervisor or admin; password: demo" : "";
        signIn.databaseReady(services.staff(), databaseLabel, demoHint);
        if (System.getProperty(STARTUP_BENCHMARK) != null) {
            signIn.usernameProperty().set("clerk");
            signIn.passwordProperty().set("demo");
            signIn.signIn();
        }
    }

    private void showSignIn() {
        signIn = new SignInViewModel(tasks, clock, this::showMainWindow);
        if (services != null) {
            signIn.databaseReady(services.staff(), databaseLabel, demoHint);
        }
        setScene(views.load(new SignInView(signIn)), 520, 560);
        stage.setMaximized(false);
        stage.setTitle("PermitDesk \u2014 Sign in");
    }

    private void showFirstAdministrator() {
        FirstAdministratorViewModel viewModel = new FirstAdministratorViewModel(tasks, services.staff(),
                this::showMainWindow);
        setScene(views.load(new FirstAdministratorView(viewModel)), 560, 620);
        stage.setTitle("PermitDesk \u2014 Create the first administrator");
    }

    private void showMainWindow(SignedInUser user) {
        LOG.info("Signed in {} ms after start", millisSinceLaunch());
        MainWindowViewModel mainViewModel = new MainWindowViewModel(user, databaseLabel, this::showSignIn);
        MainWindowView main = new MainWindowView(mainViewModel);
        Parent mainRoot = views.load(main);
        PermitSearchViewModel searchViewModel = new PermitSearchViewModel(tasks, services.permitSearch(),
                permitId -> openPermit(main, user, permitId));
        PermitSearchView searchView = new PermitSearchView(searchViewModel);
        main.showSearchContent(views.load(searchView), searchView::focusSearch);
        main.onSection(Section.REQUESTS, () -> openRequests(main, user));
        main.onSection(Section.ACCOUNTS, () -> openAccounts(main, user));
        main.onSection(Section.LICENCES, () -> openLicenceFile(main, user));
        SectionScreens screens = new SectionScreens(services, tasks, clock, user);
        main.onSection(Section.MY_ROUTE, () -> openAdminTab(main, "my-route", "My route", screens::myRoute));
        main.onSection(Section.INSPECTION_BOARD, () -> openAdminTab(main, "inspection-board", "Assign inspections",
                screens::assignmentBoard));
        main.onSection(Section.REPORTS, () -> openAdminTab(main, "reports", "Reports", screens::reports));
        main.onSection(Section.PERMIT_TYPES, () -> openAdminTab(main, "permit-types", "Permit types",
                screens::permitTypes));
        main.onSection(Section.INSPECTION_SETTINGS, () -> openAdminTab(main, "inspection-settings",
                "Inspection settings", () -> screens.inspectionSettings(views::load)));
        main.onSection(Section.PERMIT_IMPORT, () -> openAdminTab(main, "permit-import", "Import permits",
                screens::permitImport));
        main.onNewPermit(() -> openNewPermit(main, user));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        setScene(mainRoot, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        main.installShortcuts(stage.getScene());
        stage.setTitle("PermitDesk \u2014 " + user.fullName());
        stage.centerOnScreen();
        Platform.runLater(searchView::focusSearch);
        // The sign-in asks Hibernate nothing in HQL (it comes first after a start); the search's summary query is
        // prepared now, so that the first search does not wait for Hibernate's HQL parser.
        tasks.run(() -> {
            services.permitSearch().prepare();
            return null;
        }, done -> { }, failure -> LOG.warn("Preparing the permit search failed", failure));
        if (user.has(org.permitdesk.staff.Role.INSPECTOR)) {
            // An inspector prints the route sheet and correction notices: the first of each in a JVM costs seconds
            // (template compile, loading JasperReports), so that is done now, in the background, after the window.
            tasks.run(() -> {
                services.reports().prepare(List.of(RouteSheetService.TEMPLATE, CorrectionNoticeService.TEMPLATE));
                return null;
            }, done -> LOG.info("Route sheet and correction notice templates prepared"),
                    failure -> LOG.warn("Preparing the inspection report templates failed", failure));
        }
        if (Section.REPORTS.visibleTo(user)) {
            // The same for the supervisor reports: the first one otherwise also pays for compiling its template.
            tasks.run(() -> {
                services.reports().prepare(Arrays.stream(ReportKind.values()).map(ReportKind::template).toList());
                return null;
            }, done -> LOG.info("Supervisor report templates prepared"),
                    failure -> LOG.warn("Preparing the supervisor report templates failed", failure));
        }
        if (System.getProperty(STARTUP_BENCHMARK) != null) {
            Platform.runLater(() -> {
                System.out.println("startup-to-main-window-ms=" + millisSinceLaunch());
                stage.close();
            });
        }
    }

    private long millisSinceLaunch() {
        return System.currentTimeMillis() - launchedAt;
    }

    private void openRequests(MainWindowView main, SignedInUser user) {
        if (main.hasTab("requests")) {
            main.openTab("requests", null, null);
            return;
        }
        AccountRequestsViewModel viewModel = new AccountRequestsViewModel(tasks, services.accountRequests(),
                services.accounts(), services.accountMail(), services.licences(), services.mailbox(), user,
                credentials -> CredentialsDialog.show(stage, credentials.created(), credentials.welcomeMail()));
        main.openTab("requests", new SimpleStringProperty("Account requests"),
                views.load(new AccountRequestsView(viewModel)));
        requestsScreen = viewModel;
        services.mailProblem().ifPresent(problem -> Dialogs.error(stage, "Mail settings", problem
                + " Until this is fixed, emails are saved in the outbox folder and the mailbox is not checked."));
    }

    /** Checks the permit center's mailbox every few minutes in the background (when one is set up). */
    private void startMailboxPolling() {
        services.mailbox().ifPresent(poller -> {
            mailboxTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "permitdesk-mailbox");
                thread.setDaemon(true);
                return thread;
            });
            mailboxTimer.scheduleWithFixedDelay(() -> {
                try {
                    int added = poller.fetchNow();
                    if (added > 0 && requestsScreen != null) {
                        Platform.runLater(requestsScreen::refresh);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Mailbox check failed", e);
                    if (requestsScreen != null) {
                        Platform.runLater(() -> requestsScreen.showMailboxProblem(UserMessages.describe(e)));
                    }
                }
            }, 0, poller.intervalMinutes(), TimeUnit.MINUTES);
        });
    }

    /** Expires overdue permits now and every six hours while the app runs (any client may; it is idempotent). */
    private void expirePermitsDaily() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "permitdesk-expiry");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int expired = services.permitLifecycle().expireOverdue("PermitDesk");
                LOG.info("{} permits expired", expired);
            } catch (RuntimeException e) {
                LOG.warn("Expiring overdue permits failed", e);
            }
        }, 10, 6 * 60 * 60, TimeUnit.SECONDS);
        expiryTimer = timer;
    }

    private void openAccounts(MainWindowView main, SignedInUser user) {
        if (main.hasTab("accounts")) {
            main.openTab("accounts", null, null);
            return;
        }
        AccountsViewModel viewModel = new AccountsViewModel(tasks, services.accounts(), services.accountMail(),
                services.licences(), user, credentials -> CredentialsDialog.show(stage, credentials.created(),
                credentials.welcomeMail()));
        AccountsView view = new AccountsView(viewModel);
        main.openTab("accounts", new SimpleStringProperty("Accounts"), views.load(view));
        Platform.runLater(view::focusSearch);
    }

    private void openNewPermit(MainWindowView main, SignedInUser user) {
        String key = "new-permit-" + System.nanoTime();
        NewPermitViewModel viewModel = new NewPermitViewModel(tasks, services.permitCatalog(), services.contractors(),
                services.permitIntake(), services.fees(), user, saved -> {
                    openPermit(main, user, saved.id());
                    main.closeTab(key); // the form is now the saved permit: nothing left in it to save twice
                });
        NewPermitView view = new NewPermitView(viewModel);
        main.openTab(key, new SimpleStringProperty("New permit"), views.load(view));
        view.focusFirstField(); // now: key presses already waiting would come before a later call
    }

    /** Selects the tab, or opens it with a newly made view. */
    private void openAdminTab(MainWindowView main, String key, String title, java.util.function.Supplier<Object> view) {
        if (main.hasTab(key)) {
            main.openTab(key, null, null);
        } else {
            main.openTab(key, new SimpleStringProperty(title), views.load(view.get()));
        }
    }

    private void openLicenceFile(MainWindowView main, SignedInUser user) {
        if (main.hasTab("licences")) {
            main.openTab("licences", null, null);
            return;
        }
        LicenceFileViewModel viewModel = new LicenceFileViewModel(tasks, services.cslbImport(), services.cslbLicences(),
                services.licences(), user);
        main.openTab("licences", new SimpleStringProperty("CSLB licences"), views.load(new LicenceFileView(viewModel)));
    }

    private void openPermit(MainWindowView main, SignedInUser user, long permitId) {
        PermitTab.open(main, views, services, tasks, user, permitId);
    }

    private void setScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(PermitDeskApp.class.getResource("/org/permitdesk/ui/permitdesk.css").toExternalForm());
        stage.setScene(scene);
    }

    private void shutDown() {
        if (mailboxTimer != null) {
            mailboxTimer.shutdownNow();
        }
        if (expiryTimer != null) {
            expiryTimer.shutdownNow();
        }
        tasks.close();
        if (services != null) {
            services.close();
        }
        onClosed.run();
    }

    private record Opened(Services services, boolean needsFirstAdministrator, boolean demoSignIns) {
    }
}

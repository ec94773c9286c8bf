package org.permitdesk.desktop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.permitdesk.account.ui.AccountScreens;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.inspection.ui.InspectionScreens;
import org.permitdesk.permit.ui.NewPermitView;
import org.permitdesk.permit.ui.PermitScreens;
import org.permitdesk.permit.ui.PermitSearchView;
import org.permitdesk.platform.BackgroundJobs;
import org.permitdesk.platform.ClassDataSharing;
import org.permitdesk.platform.DesktopDisplay;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.ui.Dialogs;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.report.ui.ReportScreens;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.ui.FirstAdministratorView;
import org.permitdesk.staff.ui.FirstAdministratorViewModel;
import org.permitdesk.staff.ui.SignInView;
import org.permitdesk.staff.ui.SignInViewModel;
import org.permitdesk.ui.MainWindowView;
import org.permitdesk.ui.MainWindowViewModel;
import org.permitdesk.ui.Section;
import org.permitdesk.ui.SectionScreen;
import org.permitdesk.ui.SectionScreens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's window flow: the sign-in window, the first administrator, the main window. The database opens in
 * the background while the sign-in window is already on screen; if it cannot be opened, the person may try again or
 * quit. Services come from {@link PermitDesk}, screens from each feature's screens class, background work from
 * {@link DesktopJobs} (decision record 13).
 */
public final class PermitDeskApp {

    private static final Logger LOG = LoggerFactory.getLogger(PermitDeskApp.class);

    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX configuration"),
     * which is how PermitDesk ships (one JAR and lib/); kept here so the quieter level sticks.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP_LOG =
            java.util.logging.Logger.getLogger("javafx");

    private final Callable<PermitDesk> openDesk;
    private final String databaseLabel;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ViewLoader views = ViewLoader.withDefaultBundle();
    private final DesktopJobs jobs = new DesktopJobs(new BackgroundJobs());
    private final Runnable onClosed;
    /** Start-up milestones count from the JVM that the person started, also when the app was relaunched. */
    private final long launchedAt = ClassDataSharing.launchedAt();
    private Stage stage;
    private PermitDesk desk;
    private SignInViewModel signIn;
    private String demoHint = "";

    /** {@code openDesk} opens the database and wires the services; it is called in the background. */
    public PermitDeskApp(Callable<PermitDesk> openDesk, String databaseLabel, TaskRunner tasks, Clock clock,
                         Runnable onClosed) {
        this.openDesk = openDesk;
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
            PermitDesk opened = openDesk.call();
            return new Opened(opened, opened.staff().users().needsFirstAdministrator(), opened.showsDemoSignIns());
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
        if (!stage.isShowing()) { // closed while the database was opening: nothing left to start
            opened.desk().close();
            return;
        }
        desk = opened.desk();
        jobs.startFor(desk);
        if (opened.needsFirstAdministrator()) {
            showFirstAdministrator();
            return;
        }
        demoHint = opened.demoSignIns()
                ? "Demo database \u2014 sign in as clerk, inspector, supervisor or admin; password: demo" : "";
        signIn.databaseReady(desk.staff().users(), databaseLabel, demoHint);
        StartupBenchmark.signIn(signIn);
    }

    private void showSignIn() {
        signIn = new SignInViewModel(tasks, clock, this::showMainWindow);
        if (desk != null) {
            signIn.databaseReady(desk.staff().users(), databaseLabel, demoHint);
        }
        setScene(views.load(new SignInView(signIn)), 520, 560);
        stage.setMaximized(false);
        stage.setTitle("PermitDesk \u2014 Sign in");
    }

    private void showFirstAdministrator() {
        FirstAdministratorViewModel viewModel = new FirstAdministratorViewModel(tasks, desk.staff().users(),
                this::showMainWindow);
        setScene(views.load(new FirstAdministratorView(viewModel)), 560, 620);
        stage.setTitle("PermitDesk \u2014 Create the first administrator");
    }

    private void showMainWindow(SignedInUser user) {
        LOG.info("Signed in {} ms after start", millisSinceLaunch());
        MainWindowView main = new MainWindowView(new MainWindowViewModel(user, databaseLabel, this::showSignIn));
        Parent mainRoot = views.load(main);
        PermitScreens permits = new PermitScreens(desk.permits(), desk.accounts().contractors(), tasks, clock, user,
                views);
        AccountScreens accounts = new AccountScreens(desk.accounts(), desk.context().mailProblem(), tasks, user, views,
                stage);
        jobs.reportMailboxTo(accounts);
        PermitSearchView searchView = permits.search(permitId -> openPermit(main, user, permitId));
        main.showSearchContent(views.load(searchView), searchView::focusSearch);
        for (SectionScreens screens : List.of(permits, accounts,
                new InspectionScreens(desk.inspections(), tasks, clock, user, views),
                new ReportScreens(desk.reports(), tasks, clock, user, views))) {
            screens.sections().forEach((section, screen) -> main.onSection(section, () -> openSection(main, section,
                    screen)));
        }
        main.onNewPermit(() -> openNewPermit(main, user, permits));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        setScene(mainRoot, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        main.installShortcuts(stage.getScene());
        stage.setTitle("PermitDesk \u2014 " + user.fullName());
        stage.centerOnScreen();
        Platform.runLater(searchView::focusSearch);
        jobs.warmUpFor(desk, user);
        StartupBenchmark.mainWindowShown(stage, this::millisSinceLaunch);
    }

    private long millisSinceLaunch() {
        return System.currentTimeMillis() - launchedAt;
    }

    /** Selects the section's tab, or opens it with a newly made screen. */
    private static void openSection(MainWindowView main, Section section, SectionScreen screen) {
        String key = "section:" + section.name();
        if (main.hasTab(key)) {
            main.openTab(key, null, null);
        } else {
            main.openTab(key, new SimpleStringProperty(screen.title()), screen.content().get());
        }
    }

    private void openNewPermit(MainWindowView main, SignedInUser user, PermitScreens permits) {
        String key = "new-permit-" + System.nanoTime();
        NewPermitView view = permits.newPermit(saved -> {
            openPermit(main, user, saved.id());
            main.closeTab(key); // the form is now the saved permit: nothing left in it to save twice
        });
        main.openTab(key, new SimpleStringProperty("New permit"), views.load(view));
        view.focusFirstField(); // now: key presses already waiting would come before a later call
    }

    private void openPermit(MainWindowView main, SignedInUser user, long permitId) {
        PermitTab.open(main, views, desk, tasks, user, permitId);
    }

    private void setScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(PermitDeskApp.class.getResource("/org/permitdesk/ui/permitdesk.css").toExternalForm());
        stage.setScene(scene);
    }

    private void shutDown() {
        jobs.close();
        tasks.close();
        if (desk != null) {
            desk.close();
        }
        onClosed.run();
    }

    private record Opened(PermitDesk desk, boolean needsFirstAdministrator, boolean demoSignIns) {
    }
}

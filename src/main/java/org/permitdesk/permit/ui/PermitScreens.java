package org.permitdesk.permit.ui;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.scene.Parent;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.permit.PermitCatalog;
import org.permitdesk.permit.PermitFeature;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.ui.Section;
import org.permitdesk.ui.SectionScreen;
import org.permitdesk.ui.SectionScreens;

/**
 * The permit feature's screens for the signed-in user, wired to its services (decision record 13). A permit's own
 * tab, which also shows its inspections, is put together by the desktop's composition ({@code PermitTab}).
 */
public final class PermitScreens implements SectionScreens {

    private final PermitFeature permits;
    private final PermitCatalog.ContractorDirectory contractors;
    private final TaskRunner tasks;
    private final Clock clock;
    private final SignedInUser user;
    private final ViewLoader views;

    /** {@code contractors}: the contractors offered on the new-permit form (the account feature's). */
    public PermitScreens(PermitFeature permits, PermitCatalog.ContractorDirectory contractors, TaskRunner tasks,
                         Clock clock, SignedInUser user, ViewLoader views) {
        this.permits = permits;
        this.contractors = contractors;
        this.tasks = tasks;
        this.clock = clock;
        this.user = user;
        this.views = views;
    }

    @Override
    public Map<Section, SectionScreen> sections() {
        return Map.of(Section.PERMIT_TYPES, new SectionScreen(Texts.get("tab.permitTypes"), this::permitTypes),
                Section.PERMIT_IMPORT, new SectionScreen(Texts.get("tab.permitImport"), this::permitImport));
    }

    /** The permit search (the main window's first screen); not yet loaded, so that its field can be focused. */
    public PermitSearchView search(LongConsumer openPermit) {
        return new PermitSearchView(new PermitSearchViewModel(tasks, permits.search(), openPermit));
    }

    /** A new permit's form; not yet loaded, so that its first field can be focused. */
    public NewPermitView newPermit(Consumer<PermitSummary> onSaved) {
        return new NewPermitView(new NewPermitViewModel(tasks, permits.catalog(), contractors, permits.intake(),
                permits.fees(), user, onSaved));
    }

    /** The administrators' permit types and fee schedule. */
    public Parent permitTypes() {
        return views.load(new PermitTypesView(new PermitTypesViewModel(tasks, permits.types(), permits.feeSchedule(),
                clock, user)));
    }

    /** Importing permits from a BLDS file. */
    public Parent permitImport() {
        return views.load(new PermitImportView(new PermitImportViewModel(tasks, permits.bldsImport(), user)));
    }
}

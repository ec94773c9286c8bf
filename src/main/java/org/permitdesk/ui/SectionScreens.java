package org.permitdesk.ui;

import java.util.Map;

/**
 * A feature's screens behind the top bar's section buttons. Adding a section means a {@link Section} and an entry
 * here in the feature's screens class; the main window opens each in a tab of its own (decision record 13).
 */
public interface SectionScreens {

    /** The feature's sections and their screens, in no particular order. */
    Map<Section, SectionScreen> sections();
}

package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopDisplayTest {

    @Test
    void linuxWithoutDisplayOrWaylandIsRefusedInOneLineThatPointsToTheCommands() {
        Optional<String> refused = DesktopDisplay.missing(Map.of("HOME", "/home/clerk"), "Linux", null);

        assertTrue(refused.isPresent());
        assertEquals(1, refused.get().lines().count(), refused.get());
        assertTrue(refused.get().startsWith("No display for the desktop app: DISPLAY and WAYLAND_DISPLAY are not set"),
                refused.get());
        assertTrue(refused.get().contains("permitdesk report --help"), refused.get());
    }

    @Test
    void aBlankDisplayCountsAsNone() {
        assertTrue(DesktopDisplay.missing(Map.of("DISPLAY", " ", "WAYLAND_DISPLAY", ""), "Linux", null).isPresent());
    }

    @Test
    void eitherDisplayIsEnoughOnLinux() {
        assertEquals(Optional.empty(), DesktopDisplay.missing(Map.of("DISPLAY", ":0"), "Linux", null));
        assertEquals(Optional.empty(), DesktopDisplay.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
    }

    @Test
    void windowsMacAndHeadlessMonocleNeedNoDisplayVariable() {
        assertEquals(Optional.empty(), DesktopDisplay.missing(Map.of(), "Windows 11", null));
        assertEquals(Optional.empty(), DesktopDisplay.missing(Map.of(), "Mac OS X", null));
        assertEquals(Optional.empty(), DesktopDisplay.missing(Map.of(), "Linux", "Monocle"));
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamed() {
        String line = DesktopDisplay.cannotOpen(Map.of("DISPLAY", ":99"));

        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("Cannot open the display for the desktop app (DISPLAY=:99:"), line);
        assertTrue(line.contains("permitdesk report --help"), line);
        assertTrue(DesktopDisplay.cannotOpen(Map.of("WAYLAND_DISPLAY", "wayland-1")).contains("(WAYLAND_DISPLAY=wayland-1:"));
    }
}

package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShownTextTest {

    @Test
    void controlCharactersAreEscapedSoTheyCanNotReachTheTerminal() {
        assertEquals("\\e[2J\\e[31mred\\nline 2: fake\\r\\t\\u0007\\u0000\\u202e",
                ShownText.cell("\u001b[2J\u001b[31mred\nline 2: fake\r\t\u0007\u0000\u202e"));
    }

    @Test
    void aLongCellIsCutToEightyCharactersWithAnEllipsis() {
        String shown = ShownText.cell("x".repeat(2_000_000));
        assertEquals(80, shown.length());
        assertEquals("x".repeat(79) + "…", shown);
        assertEquals("x".repeat(80), ShownText.cell("x".repeat(80)));
        assertEquals("Café ☕ 北京", ShownText.cell("Café ☕ 北京"));
    }
}

package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.Entities;

class MappingFingerprintTest {

    @Column(name = "example", length = 60, nullable = false)
    private String column;

    @CollectionTable(name = "example_role", joinColumns = @jakarta.persistence.JoinColumn(name = "example_id"))
    private List<String> roles;

    @Test
    void theSameMappingGivesTheSameFingerprintAndAnotherSchemaVersionAnother() {
        assertEquals(MappingFingerprint.of(Entities.ALL, "16"), MappingFingerprint.of(Entities.ALL, "16"));
        assertNotEquals(MappingFingerprint.of(Entities.ALL, "16"), MappingFingerprint.of(Entities.ALL, "17"));
    }

    @Test
    void anAnnotationIsDescribedWithItsElementsInNameOrderWhateverOrderReflectionListsThem() throws Exception {
        String column = MappingFingerprint.describe(getClass().getDeclaredField("column").getAnnotation(Column.class));
        List<String> names = elementNames(column.substring(column.indexOf('(')));
        assertEquals(true, names.size() >= 5, column);
        assertEquals(names.stream().sorted().toList(), names, column);
        assertEquals(true, column.contains("length=60") && column.contains("name=example"), column);

        String table = MappingFingerprint.describe(
                getClass().getDeclaredField("roles").getAnnotation(CollectionTable.class));
        assertEquals(true, table.contains("joinColumns={@jakarta.persistence.JoinColumn("), table);
        assertEquals(true, table.contains("name=example_id"), table);
    }

    /** The element names at the top level of "(a=1, b={…}, c=@X(…))". */
    private static List<String> elementNames(String elements) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        Matcher name = Pattern.compile("[a-zA-Z]+(?==)").matcher(elements);
        for (int i = 0; i < elements.length(); i++) {
            char c = elements.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
                if (depth == 1 && name.find(i) && name.start() == i + 1) {
                    names.add(name.group());
                }
            } else if (c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 1 && name.find(i + 2) && name.start() == i + 2) {
                names.add(name.group());
            }
        }
        return names;
    }
}

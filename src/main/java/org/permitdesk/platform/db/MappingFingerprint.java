package org.permitdesk.platform.db;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of the entity mapping (classes, fields, their types and annotations) and the schema version.
 * When it is unchanged since the last successful schema validation, validation can be skipped.
 */
final class MappingFingerprint {

    private MappingFingerprint() {
    }

    static String of(List<Class<?>> entityClasses, String schemaVersion) {
        StringBuilder text = new StringBuilder("schema ").append(schemaVersion).append('\n');
        entityClasses.stream().sorted(Comparator.comparing(Class::getName)).forEach(type -> describe(type, text));
        describe(AuditRevision.class, text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(Class<?> type, StringBuilder text) {
        text.append(type.getName()).append(Arrays.toString(type.getAnnotations())).append('\n');
        Arrays.stream(type.getDeclaredFields())
                .sorted(Comparator.comparing(Field::getName))
                .forEach(field -> text.append("  ").append(field.getName()).append(' ')
                        .append(field.getGenericType().getTypeName()).append(' ')
                        .append(Arrays.toString(field.getAnnotations())).append('\n'));
    }
}

package org.permitdesk.platform.db;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

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
        text.append(type.getName()).append(describe(type.getAnnotations())).append('\n');
        Arrays.stream(type.getDeclaredFields())
                .sorted(Comparator.comparing(Field::getName))
                .forEach(field -> text.append("  ").append(field.getName()).append(' ')
                        .append(field.getGenericType().getTypeName()).append(' ')
                        .append(describe(field.getAnnotations())).append('\n'));
    }

    /**
     * Annotations with their elements sorted by name. Not {@code Annotation.toString()}: its order of elements
     * follows the order reflection lists the annotation type's methods in, which differed between a JVM with the
     * class data sharing archive and one without, so each start in the other mode checked the schema again.
     */
    private static String describe(Annotation[] annotations) {
        return Arrays.stream(annotations).map(MappingFingerprint::describe).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static String describe(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return "@" + type.getName() + Arrays.stream(type.getDeclaredMethods())
                .sorted(Comparator.comparing(Method::getName))
                .map(element -> element.getName() + "=" + valueText(elementValue(element, annotation)))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Object elementValue(Method element, Annotation annotation) {
        try {
            element.setAccessible(true);
            return element.invoke(annotation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?" + e.getClass().getSimpleName();
        }
    }

    private static String valueText(Object value) {
        if (value instanceof Annotation nested) {
            return describe(nested);
        } else if (value instanceof Class<?> type) {
            return type.getName();
        } else if (value != null && value.getClass().isArray()) {
            StringBuilder items = new StringBuilder("{");
            for (int i = 0; i < Array.getLength(value); i++) {
                items.append(i == 0 ? "" : ", ").append(valueText(Array.get(value, i)));
            }
            return items.append('}').toString();
        }
        return String.valueOf(value);
    }
}

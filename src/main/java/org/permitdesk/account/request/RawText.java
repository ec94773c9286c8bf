package org.permitdesk.account.request;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Bytes to text: the declared charset when it can be trusted, else UTF-8, else Windows-1252; and binary detection. */
final class RawText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    private RawText() {
    }

    /** Decodes with the declared charset, tolerating the usual mislabelling (UTF-8 sent as ASCII or Latin-1). */
    static String decode(byte[] bytes, String declaredCharset) {
        Optional<Charset> declared = charset(declaredCharset);
        if (declared.isEmpty()) {
            return decodeUnlabelled(bytes);
        }
        Charset charset = declared.get();
        if (charset.equals(StandardCharsets.US_ASCII) || charset.equals(StandardCharsets.ISO_8859_1)) {
            return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
        }
        return new String(bytes, charset);
    }

    /** UTF-8 when the bytes are valid UTF-8, Windows-1252 (a superset of Latin-1) otherwise. */
    static String decodeUnlabelled(byte[] bytes) {
        return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name.strip())));
        } catch (IllegalArgumentException unknownCharset) {
            return Optional.empty();
        }
    }

    /** Why these bytes are not text (e.g. "a PDF document"), or empty when they look like text. */
    static Optional<String> binaryKind(byte[] bytes) {
        Optional<String> known = knownFormat(bytes);
        if (known.isPresent()) {
            return known;
        }
        int length = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return Optional.of("a binary file");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 100 > length ? Optional.of("a binary file") : Optional.empty();
    }

    private static Optional<String> knownFormat(byte[] bytes) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("a PDF document");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an Outlook .msg or other Office file (save the message as .eml instead)");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return Optional.of("a ZIP or Office document");
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47) || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
            return Optional.of("an image");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

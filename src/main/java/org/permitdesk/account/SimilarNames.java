package org.permitdesk.account;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two business or person names are probably the same: "Desert Sun Roofing, Inc." and
 * "DESERT SUN ROOFING" are; "Sun Roofing" and "Desert Sun Roofing" are (all words of one in the other).
 */
public final class SimilarNames {

    /** Words that don't tell businesses apart. */
    private static final Set<String> NOISE = Set.of("inc", "llc", "ltd", "co", "corp", "corporation", "company",
            "the", "and", "of", "dba", "lp", "llp", "pc", "services", "service");

    private SimilarNames() {
    }

    public static boolean similar(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        if (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA)) {
            return Math.min(wordsA.size(), wordsB.size()) >= (Math.max(wordsA.size(), wordsB.size()) > 2 ? 2 : 1);
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> all = new HashSet<>(wordsA);
        all.addAll(wordsB);
        return common.size() * 3 >= all.size() * 2;
    }

    /** The distinctive words of a name, lower case without accents or punctuation. */
    public static Set<String> words(String name) {
        if (name == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", " ").strip();
        Set<String> words = new HashSet<>(Arrays.asList(plain.split(" ")));
        words.removeAll(NOISE);
        words.remove("");
        return words;
    }

    /** The longest distinctive word, used to find candidates in the database. */
    public static String longestWord(String name) {
        List<String> sorted = words(name).stream().sorted((x, y) -> y.length() - x.length()).toList();
        return sorted.isEmpty() ? null : sorted.get(0);
    }
}

package org.permitdesk.permit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How permits are found by typing (staff: {@link #forPermit}, stored in {@code permit_search_term}; the public web
 * view: {@link #forPublic}, stored in {@code public_search_term}). A permit's number, parcel, address and contact names are cut into
 * normalised terms (lower-case letters and digits only, accents removed); a typed word finds a permit
 * when it is the start of one of its terms. Because punctuation and wildcards are removed on both sides,
 * quotes, {@code %}, {@code _} and backslashes in what people type are never treated as patterns:
 * "O'Brien" finds O'Brien, "B1906-1" finds B1906-174, "012-345" finds parcel 012-345-678.
 */
public final class PermitSearchTerms {

    /** Longest stored term; longer words are cut (a typed word is cut the same way, so it still matches). */
    public static final int MAX_TERM_LENGTH = 40;

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PermitSearchTerms() {
    }

    /**
     * What a permit's terms are made of, built the same way by every path that saves permits (the intake's
     * {@link PermitSearchIndex}, the bulk writer of the BLDS import and the demo data): its number, its site's parcel
     * and address, and its contacts as stored.
     */
    public record Source(String permitNumber, String parcelNumber, String addressLine, List<Contact> contacts) {

        public Source {
            contacts = List.copyOf(contacts);
        }
    }

    /** A contact as far as the search is concerned: role, person's name and business name (either may be null). */
    public record Contact(ContactRole role, String name, String businessName) {
    }

    /**
     * Every search-term row of one permit, by table ({@code term, permit_id} columns): the one place that decides
     * which term tables a permit has and what goes in each. {@link PermitSearchIndex} (Hibernate) and the bulk writer
     * both write exactly this, so a new term table is added here and nowhere else.
     */
    public static Map<String, Set<String>> rowsByTable(Source permit) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        rows.put("permit_search_term", forPermit(permit));
        rows.put("public_search_term", forPublic(permit.permitNumber(), permit.parcelNumber(), permit.addressLine(),
                permit.contacts().stream().filter(contact -> contact.role() == ContactRole.CONTRACTOR)
                        .map(Contact::businessName).toList()));
        return rows;
    }

    /** The terms stored for one permit in {@code permit_search_term}: number, parcel, address, every contact's names. */
    public static Set<String> forPermit(Source permit) {
        List<String> names = new ArrayList<>();
        for (Contact contact : permit.contacts()) {
            names.add(contact.name());
            names.add(contact.businessName());
        }
        return forPermit(permit.permitNumber(), permit.parcelNumber(), permit.addressLine(), names);
    }

    /** The terms stored for one permit. */
    public static Set<String> forPermit(String permitNumber, String parcelNumber, String address,
                                        Collection<String> names) {
        Set<String> terms = new LinkedHashSet<>();
        String number = normalise(permitNumber);
        add(terms, number);
        // "1906174" too, so that people who leave off the type prefix still find B1906-174.
        add(terms, number.replaceFirst("^[a-z]+", ""));
        add(terms, normalise(parcelNumber));
        addWords(terms, address);
        for (String name : names) {
            addWords(terms, name);
        }
        return terms;
    }

    /**
     * The terms the public web view finds one permit by: its number, parcel, address and its contractors' business
     * names — never the name of a person (owner, contact, contractor's own name), which only staff search by.
     */
    public static Set<String> forPublic(String permitNumber, String parcelNumber, String address,
                                        Collection<String> contractorBusinessNames) {
        return forPermit(permitNumber, parcelNumber, address, contractorBusinessNames);
    }

    /**
     * The words to look for in what someone typed. Single letters are left out (they are not stored
     * either); a lone digit is kept only beside other words, as in "1 Main".
     */
    public static List<String> queryWords(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        List<String> normalised = new ArrayList<>();
        for (String word : WHITESPACE.split(typed.strip())) {
            String term = truncate(normalise(word));
            if (!term.isEmpty() && !normalised.contains(term)) {
                normalised.add(term);
            }
        }
        for (String term : normalised) {
            boolean singleDigit = term.length() == 1 && Character.isDigit(term.charAt(0));
            if (term.length() >= 2 || (singleDigit && normalised.size() > 1)) {
                words.add(term);
            }
        }
        return words;
    }

    /** Lower case, accents removed, everything but letters and digits dropped. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll("");
    }

    /** The first string after every string that starts with {@code prefix} (terms are [a-z0-9] only). */
    public static String upperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private static void addWords(Set<String> terms, String text) {
        if (text == null) {
            return;
        }
        for (String word : WHITESPACE.split(text.strip())) {
            String joined = normalise(word);
            add(terms, joined);
            String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
            String plain = DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
            for (String part : NOT_ALPHANUMERIC.split(plain)) {
                add(terms, part);
            }
        }
    }

    private static void add(Set<String> terms, String term) {
        if (term == null || term.isEmpty()) {
            return;
        }
        if (term.length() == 1 && !Character.isDigit(term.charAt(0))) {
            return;
        }
        terms.add(truncate(term));
    }

    private static String truncate(String term) {
        return term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term;
    }
}

package uk.ofstedextract.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.ofstedextract.text.Fold;

/**
 * The reference table of local authorities (resource {@code reference/local-authorities.csv},
 * see its README for source and licence) and the lookup of an authority from the way a report
 * names it, taking reorganisations into account by inspection date.
 */
public final class LocalAuthorities {
    private static final String RESOURCE = "/reference/local-authorities.csv";
    private static volatile LocalAuthorities defaultTable;

    private final List<LocalAuthority> rows;
    private final Map<String, LocalAuthority> byCode = new HashMap<>();
    /** Folded name or alias to authority; longest names are tried first. */
    private final List<Map.Entry<String, LocalAuthority>> names = new ArrayList<>();
    /**
     * Names made only of administrative words ("City of London"): simplifying leaves nothing, so they
     * are matched as written, folded, as whole words.
     */
    private final List<Map.Entry<String, LocalAuthority>> literalNames = new ArrayList<>();

    LocalAuthorities(List<LocalAuthority> rows) {
        this.rows = List.copyOf(rows);
        for (LocalAuthority la : rows) {
            byCode.put(la.laCode(), la);
            addName(simplify(la.name()), la);
            for (String alias : la.aliases()) {
                addName(simplify(alias), la);
            }
            if (simplify(la.name()).isEmpty()) {
                literalNames.add(Map.entry(literal(la.name()), la));
            }
        }
        // longest first; written out rather than Comparator.comparingInt(...).reversed(), whose lambda (the JDK's) the
        // class-data archive does not keep, so every run made its class again (docs/startup.md item 18)
        names.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    }

    private void addName(String key, LocalAuthority la) {
        if (!key.isEmpty()) {
            names.add(Map.entry(key, la));
        }
    }


    public static LocalAuthorities load() {
        LocalAuthorities t = defaultTable;
        if (t == null) {
            synchronized (LocalAuthorities.class) {
                if (defaultTable == null) {
                    defaultTable = read();
                }
                t = defaultTable;
            }
        }
        return t;
    }

    private static LocalAuthorities read() {
        try (InputStream in = LocalAuthorities.class.getResourceAsStream(RESOURCE);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<LocalAuthority> rows = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                rows.add(new LocalAuthority(rec.get("la_code"), emptyToNull(rec.get("ons_code")),
                        cleanName(rec.get("name")), aliases(rec.get("also_known_as")), rec.get("region"),
                        emptyToNull(rec.get("la_type"))));
            }
            return new LocalAuthorities(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<LocalAuthority> all() {
        return rows;
    }

    public Optional<LocalAuthority> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The authority a report's provider name refers to, in force at {@code when} (null when unknown).
     * Matches the longest known name or alias that appears as whole words in the simplified name.
     */
    public Optional<LocalAuthority> find(String providerName, LocalDate when) {
        if (providerName == null || providerName.isBlank()) {
            return Optional.empty();
        }
        String literal = " " + literal(providerName) + " ";
        for (Map.Entry<String, LocalAuthority> e : literalNames) {
            if (literal.contains(" " + e.getKey() + " ")) {
                return Optional.of(e.getValue());
            }
        }
        String s = " " + simplify(providerName) + " ";
        for (Map.Entry<String, LocalAuthority> e : names) {
            if (s.contains(" " + e.getKey() + " ")) {
                return Optional.ofNullable(reorganised(e.getValue(), s, when));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text is nothing but an authority's name or alias ("London Borough of Camden",
     * "Walsall"), as a details field writes it: not a sentence or an address that mentions one.
     */
    public boolean isName(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String literal = literal(text);
        if (literalNames.stream().anyMatch(e -> e.getKey().equals(literal))) {
            return true;
        }
        String s = simplify(text);
        return !s.isEmpty() && names.stream().anyMatch(e -> e.getKey().equals(s));
    }

    /**
     * Successor or predecessor authority in force at the date (see the reference README); null for a
     * county abolished in 2009 without one successor (Bedfordshire, Cheshire) named in a later report.
     */
    private LocalAuthority reorganised(LocalAuthority la, String simplifiedName, LocalDate when) {
        if (when == null) {
            return la;
        }
        boolean before2009 = when.isBefore(LocalDate.of(2009, 4, 1));
        boolean before2019 = when.isBefore(LocalDate.of(2019, 4, 1));
        boolean before2021 = when.isBefore(LocalDate.of(2021, 4, 1));
        boolean before2023 = when.isBefore(LocalDate.of(2023, 4, 1));
        String code = switch (la.laCode()) {
            case "835", "838" -> before2019 ? "835" : "838";
            case "836", "837" -> before2019 ? la.laCode() : "839";
            case "839" -> before2019 && simplifiedName.contains(" poole ") && !simplifiedName.contains("bournemouth")
                    ? "836" : la.laCode();
            case "928" -> before2021 ? "928" : la.laCode();
            case "909" -> before2023 ? "909" : la.laCode();
            case "820", "875" -> before2009 ? la.laCode() : null;
            default -> la.laCode();
        };
        return code == null ? null : byCode.getOrDefault(code, la);
    }

    /** Lower case, punctuation and the administrative words that vary between documents removed. */
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern ADMIN_WORDS = Pattern.compile(
            " (the|city|of|council|county|metropolitan|borough|district|royal|london|local|authority|authorities|"
                    + "children s|childrens|services|service|trust|area|partnership|mbc|cc|upon)(?= )");
    private static final Pattern SPACES = Pattern.compile(" +");

    static String simplify(String name) {
        String s = NON_ALNUM.matcher(Fold.forMatching(name).replace("&", " and ")).replaceAll(" ");
        s = ADMIN_WORDS.matcher(" " + s + " ").replaceAll("");
        return SPACES.matcher(s.trim()).replaceAll(" ");
    }

    /** Lower case, punctuation removed, nothing else: for names made only of administrative words. */
    private static String literal(String name) {
        return SPACES.matcher(NON_ALNUM.matcher(Fold.forMatching(name)).replaceAll(" ").trim()).replaceAll(" ");
    }

    private static String cleanName(String name) {
        // "Bristol, City of" -> "Bristol"; "Dorset (county council, to 2019)" -> "Dorset"
        String n = name.replaceAll("\\s*\\(.*\\)", "");
        int comma = n.indexOf(',');
        return comma > 0 ? n.substring(0, comma).trim() : n.trim();
    }

    private static List<String> aliases(String field) {
        String f = field.trim();
        if (f.startsWith("[") && f.endsWith("]")) {
            f = f.substring(1, f.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String a : f.split(",")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.RegexBudget;
import uk.ofstedextract.text.RequiredLiterals;

/**
 * Assigns a codebook's themes to a finding and records the evidence: which term or pattern matched
 * where (offsets in the input). Terms match whole words, case and typographic quotes folded, a space
 * and a hyphen alike, plurals folded ("plan" matches "plans", "agency" matches "agencies"); patterns
 * are Java regular expressions matched case-insensitively on the text as written, each under a step
 * budget linear in the finding's length ({@link RegexBudget}): a pattern that exceeds it throws
 * {@link PatternBudgetException}.
 * <p>Terms are looked up through an index from a term's first word, so a finding is read once
 * whatever the size of the codebook. Immutable and thread-safe.
 */
public final class ThemeTagger {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

    private record Term(String theme, String[] words) {
    }

    /** A codebook pattern and the literals a match must contain (checked first: most findings lack them). */
    private record ThemePattern(String theme, Pattern pattern, RequiredLiterals required) {
        boolean mayMatch(String lowered) {
            return required == null || required.mayMatch(lowered);
        }
    }

    private final Codebook codebook;
    private final List<String> order = new ArrayList<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<ThemePattern> patterns = new ArrayList<>();

    public ThemeTagger(Codebook codebook) {
        this.codebook = codebook;
        for (Codebook.Theme t : codebook.themes()) {
            order.add(t.key());
            Set<String> seen = new LinkedHashSet<>();
            for (String term : t.terms()) {
                List<String> words = words(Fold.forMatching(term));
                if (!words.isEmpty() && seen.add(String.join(" ", words))) {
                    byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                            .add(new Term(t.key(), words.toArray(new String[0])));
                }
            }
            for (String p : t.patterns()) {
                Pattern compiled = Pattern.compile(p, Codebook.PATTERN_FLAGS);
                patterns.add(new ThemePattern(t.key(), compiled, RequiredLiterals.of(compiled).orElse(null)));
            }
        }
        // longest terms first, so "child protection plan" wins over "child protection"
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The words of a folded text, each in its singular form. */
    private static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            out.add(KeywordTagger.singular(m.group().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** Themes in codebook order, and all their evidence in text order per theme. */
    public record Result(List<String> themes, List<ThemeEvidence> evidence) {
    }

    public Result tag(AlignedText finding) {
        String written = finding.text();
        String folded = Fold.forMatching(written);
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(KeywordTagger.singular(m.group()));
            spans.add(new int[] {m.start(), m.end()});
        }
        Map<String, List<ThemeEvidence>> byTheme = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            List<Term> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            Set<String> matchedHere = new java.util.HashSet<>();
            for (Term t : candidates) {
                if (matchedHere.contains(t.theme()) || i + t.words().length > words.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < t.words().length && ok; k++) {
                    ok = t.words()[k].equals(words.get(i + k));
                }
                if (ok) {
                    matchedHere.add(t.theme());
                    int start = spans.get(i)[0];
                    int end = spans.get(i + t.words().length - 1)[1];
                    add(byTheme, finding, t.theme(), written, start, end);
                }
            }
        }
        String lowered = patterns.isEmpty() ? "" : RequiredLiterals.lower(written);
        for (ThemePattern tp : patterns) {
            if (!tp.mayMatch(lowered)) {
                continue;
            }
            Matcher pm = RegexBudget.matcher(tp.pattern(), written);
            try {
                while (pm.find()) {
                    if (pm.end() > pm.start()) {
                        add(byTheme, finding, tp.theme(), written, pm.start(), pm.end());
                    }
                }
            } catch (RegexBudget.Exceeded e) {
                throw new PatternBudgetException(codebook.reference(), tp.theme(), tp.pattern().pattern(),
                        written.length(), e.steps());
            }
        }
        List<String> themes = new ArrayList<>();
        List<ThemeEvidence> evidence = new ArrayList<>();
        for (String key : order) {
            List<ThemeEvidence> e = byTheme.get(key);
            if (e != null) {
                themes.add(key);
                e.sort((a, b) -> Integer.compare(a.start(), b.start()));
                evidence.addAll(e);
            }
        }
        return new Result(themes, evidence);
    }

    private static void add(Map<String, List<ThemeEvidence>> byTheme, AlignedText finding, String theme,
                            String written, int start, int end) {
        byTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(new ThemeEvidence(theme,
                written.substring(start, end), finding.origin(start), finding.originEnd(end - 1)));
    }
}

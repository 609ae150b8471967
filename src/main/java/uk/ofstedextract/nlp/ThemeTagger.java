package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Fold;

/**
 * Assigns a codebook's themes to a finding and records the evidence: which term or pattern matched
 * where (offsets in the input). Terms match on word boundaries, case and typographic quotes folded,
 * with a plural on the last word ("plan" matches "plans", "agency" matches "agencies"); patterns are
 * Java regular expressions matched case-insensitively on the text as written. Immutable and
 * thread-safe.
 */
public final class ThemeTagger {
    private record CompiledTheme(String key, Pattern terms, List<Pattern> patterns) {
    }

    private final Codebook codebook;
    private final List<CompiledTheme> themes = new ArrayList<>();

    public ThemeTagger(Codebook codebook) {
        this.codebook = codebook;
        for (Codebook.Theme t : codebook.themes()) {
            // longest terms first, so "child protection plan" wins over "child protection"
            List<String> sorted = t.terms().stream().map(term -> Fold.forMatching(term).strip()).distinct()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
            Set<String> alternatives = new LinkedHashSet<>();
            for (String term : sorted) {
                alternatives.add(termRegex(term));
            }
            Pattern terms = alternatives.isEmpty() ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
            List<Pattern> patterns = new ArrayList<>();
            for (String p : t.patterns()) {
                patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            themes.add(new CompiledTheme(t.key(), terms, patterns));
        }
    }

    public Codebook codebook() {
        return codebook;
    }

    /** A term as a regex: words separated by spaces or hyphens, an optional plural on the last word. */
    static String termRegex(String term) {
        String[] words = term.split("[\\s]+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                sb.append("[\\s-]+");
            }
            if (i == words.length - 1 && w.length() > 2 && w.matches(".*[a-z]")) {
                if (w.endsWith("y") && !w.matches(".*[aeiou]y")) {
                    sb.append(Pattern.quote(w.substring(0, w.length() - 1))).append("(?:y|ies)");
                } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
                    sb.append(Pattern.quote(w)).append("(?:es)?");
                } else {
                    sb.append(Pattern.quote(w)).append("s?");
                }
            } else {
                sb.append(Pattern.quote(w));
            }
        }
        return sb.toString();
    }

    /** Themes in codebook order, and all their evidence. */
    public record Result(List<String> themes, List<ThemeEvidence> evidence) {
    }

    public Result tag(AlignedText finding) {
        String written = finding.text();
        String folded = Fold.forMatching(written);
        List<String> keys = new ArrayList<>();
        List<ThemeEvidence> evidence = new ArrayList<>();
        for (CompiledTheme t : themes) {
            int before = evidence.size();
            if (t.terms() != null) {
                Matcher m = t.terms().matcher(folded);
                while (m.find()) {
                    evidence.add(new ThemeEvidence(t.key(), written.substring(m.start(), m.end()),
                            finding.origin(m.start()), finding.originEnd(m.end() - 1)));
                }
            }
            for (Pattern p : t.patterns()) {
                Matcher m = p.matcher(written);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        evidence.add(new ThemeEvidence(t.key(), m.group(), finding.origin(m.start()),
                                finding.originEnd(m.end() - 1)));
                    }
                }
            }
            if (evidence.size() > before) {
                keys.add(t.key());
            }
        }
        return new Result(keys, evidence);
    }
}

package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.HashSet;
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
import uk.ofstedextract.text.LiteralSet;
import uk.ofstedextract.text.RegexBudget;
import uk.ofstedextract.text.RequiredLiterals;
import uk.ofstedextract.text.Span;
import uk.ofstedextract.text.StartLiterals;

/**
 * Assigns a codebook's themes to a finding and records the evidence: which term or pattern matched
 * where (offsets in the input). Terms match whole words, case and typographic quotes folded, a space
 * and a hyphen alike, the last word's plural folded ("plan" matches "plans", "agency" matches
 * "agencies"); patterns are Java regular expressions matched case-insensitively on the text as written,
 * each under a step budget linear in the finding's length ({@link RegexBudget}): a pattern that exceeds
 * it throws {@link PatternBudgetException}. A pattern runs only on findings that hold the literals a match needs
 * ({@link RequiredLiterals}; one {@link LiteralSet} scan of the finding answers for every pattern), and is tried only where a literal a match starts with is ({@link StartLiterals}):
 * the same matches as trying it at every position.
 * <p>Terms match in context, without a part-of-speech tagger: (1) only a term's last word may be plural
 * in the text, as in English compounds, so "families help" (a noun and a verb) is not "family help";
 * (2) where terms of two themes overlap, the longer wins ("mental health assessment" is health, not
 * assessment; "edge of care plans" is early help, not a care plan); (3) a term inside one of its
 * theme's {@code notWithin} phrases does not count ("permanent team manager" is no management
 * oversight, "step down from child protection" no early help); (4) a term with one of its theme's
 * {@code notNear} words within {@value #NEAR} words in the same clause does not count ("timely
 * improvement", "changes have been delayed": an organisation's pace, not timeliness for a child); (5) a
 * {@code manner} term judges how its clause's subject acts ("responded swiftly", "timely action"): it
 * does not count when that subject is one of its theme's {@code notSubject} phrases ("senior leaders have
 * not been swift enough") or the action's purpose one of its {@code notPurpose} words ("took swift action
 * to improve the service"), unless a child, family or case is named next to it ("leaders acted swiftly to
 * protect children"): see {@link MannerRule}; (6) a topic in a list that "policies relating to", "such as" or
 * "including" names ("key policies relating to complaints, the curriculum, behaviour and safeguarding") names a
 * document, not its theme ({@link #listedPolicyTopic}).
 * <p>Terms are looked up through an index from a term's first word, so a finding is read once
 * whatever the size of the codebook, a window of {@value #WINDOW} words at a time ({@link WordWindow}): every rule
 * reads a bounded number of words around a term within its clause, so memory does not grow with the finding.
 * Immutable and thread-safe.
 */
public final class ThemeTagger {
    /**
     * A term or a notWithin phrase: its words folded (singular) and as written (lower case); {@code asWritten}: the
     * last word matches only as written, not plural-folded (a {@code noPlural} term). A notWithin phrase's word may
     * be {@link Codebook#ANY_WORD}, which any one word matches.
     */
    private record Term(String theme, String[] words, String[] raw, boolean exclusion, boolean asWritten) {
    }

    /** A term found: theme, word range [from, to), exclusion or not. */
    private record Hit(String theme, int from, int to, boolean exclusion) {
    }

    /**
     * A codebook pattern, the literals a match must contain (checked first: most findings lack them) and those a
     * match starts with (the pattern is tried only where one is, not at every position), each null where unknown.
     */
    private record ThemePattern(String theme, Pattern pattern, RequiredLiterals required, StartLiterals starts) {
        boolean mayMatch(LiteralSet.Found found) {
            return required == null || required.mayMatch(found);
        }
    }

    /** How many words either side of a term its theme's {@code notNear} words are looked for. */
    static final int NEAR = 1;
    /** Words a tagging window holds (at least four margins): the memory a finding takes does not grow with it. */
    static final int WINDOW = 4096;

    private final Codebook codebook;
    private final List<String> order = new ArrayList<>();
    /** Per theme, the words (folded singular) near which its terms do not count. */
    private final Map<String, Set<String>> notNear = new HashMap<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    /** Per theme, its manner terms and the subjects and purposes that veto them. */
    private final Map<String, MannerRule> manner = new HashMap<>();
    private final List<ThemePattern> patterns = new ArrayList<>();
    /**
     * Every literal the patterns require: a finding is scanned for them all at once, not once per literal (most are
     * absent from most findings, and each absent one cost a scan of the whole finding).
     */
    private final LiteralSet required;
    /** Per judgement key, the themes whose {@code judgements} name it: a finding of that section carries them. */
    private final Map<String, List<String>> byJudgement = new HashMap<>();
    /** The most words a term or notWithin phrase spans. */
    private int longest = 1;
    /** How many words around a term's start the rules read: terms that may veto it, notNear words, manner rules. */
    private final int margin;
    /**
     * The margin where the policy-list rule may read too ({@value #LIST_REACH} words each way): only findings that
     * spell "polic" need it.
     */
    private final int listMargin;

    public ThemeTagger(Codebook codebook) {
        this.codebook = codebook;
        for (Codebook.Theme t : codebook.themes()) {
            order.add(t.key());
            Set<String> seen = new LinkedHashSet<>();
            Set<String> asWritten = Set.copyOf(t.noPlural());
            for (String term : t.terms()) {
                index(t.key(), term, false, asWritten.contains(term), seen);
            }
            for (String phrase : t.notWithin()) {
                index(t.key(), phrase, true, false, seen);
            }
            Set<String> near = new HashSet<>();
            for (String w : t.notNear()) {
                rawWords(Fold.forMatching(w)).forEach(x -> near.add(KeywordTagger.singular(x)));
            }
            if (!near.isEmpty()) {
                notNear.put(t.key(), Set.copyOf(near));
            }
            if (!t.manner().isEmpty()) {
                manner.put(t.key(), new MannerRule(folded(t.manner()), folded(t.notSubject()), folded(t.notPurpose())));
            }
            for (String j : t.judgements()) {
                byJudgement.computeIfAbsent(j, k -> new ArrayList<>()).add(t.key());
            }
            for (String p : t.patterns()) {
                Pattern compiled = Pattern.compile(p, Codebook.PATTERN_FLAGS);
                patterns.add(new ThemePattern(t.key(), compiled, RequiredLiterals.of(compiled).orElse(null),
                        StartLiterals.of(compiled).orElse(null)));
            }
        }
        List<String> literals = new ArrayList<>();
        for (ThemePattern tp : patterns) {
            if (tp.required() != null) {
                literals.addAll(tp.required().literals());
            }
        }
        required = LiteralSet.of(literals);
        // each pattern's condition asks the scan for its literals by number, not by name (asked of every finding)
        patterns.replaceAll(tp -> tp.required() == null ? tp
                : new ThemePattern(tp.theme(), tp.pattern(), tp.required().bound(required), tp.starts()));
        // longest terms first, so "child protection plan" wins over "child protection"
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
        int reach = NEAR;
        for (MannerRule r : manner.values()) {
            reach = Math.max(reach, r.reach());
        }
        margin = 2 * longest + reach + 1;
        listMargin = Math.max(margin, LIST_REACH + 1);
    }

    private void index(String theme, String phrase, boolean exclusion, boolean asWritten, Set<String> seen) {
        List<String> raw = exclusion ? slottedWords(phrase) : rawWords(Fold.forMatching(phrase));
        if (raw.isEmpty() || !seen.add((exclusion ? "-" : asWritten ? "=" : "+") + String.join(" ", raw))) {
            return;
        }
        String[] folded = raw.stream().map(x -> x.equals(Codebook.ANY_WORD) ? x : KeywordTagger.singular(x))
                .toArray(String[]::new);
        longest = Math.max(longest, folded.length);
        byFirstWord.computeIfAbsent(folded[0], k -> new ArrayList<>())
                .add(new Term(theme, folded, raw.toArray(new String[0]), exclusion, asWritten));
    }

    /** A notWithin phrase's words, with {@link Codebook#ANY_WORD} kept as a word of its own (the slot). */
    private static List<String> slottedWords(String phrase) {
        List<String> out = new ArrayList<>();
        String[] parts = phrase.split(java.util.regex.Pattern.quote(Codebook.ANY_WORD), -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                out.add(Codebook.ANY_WORD);
            }
            out.addAll(rawWords(Fold.forMatching(parts[p])));
        }
        return out;
    }

    /**
     * A word's singular ({@link KeywordTagger#singular}), which is the word itself unless it ends in "s" or is
     * "children": most words are spared its look-ups.
     */
    private static String singular(String raw) {
        return raw.endsWith("s") || raw.equals("children") ? KeywordTagger.singular(raw) : raw;
    }

    /**
     * The singular of a possessive word without its possessive ending ("children's": "child"; "carers'": "carer"), or
     * the singular given (the same object) where the word is not possessive: a term's last word matches either
     * ("disabled children's service" holds the term "disabled children"). The tagger tests "not possessive" by that
     * identity, so most words cost no second comparison.
     */
    static String possessiveBase(String raw, String singular) {
        if (!possessive(raw)) {
            return singular;
        }
        int n = raw.length();
        return singular(raw.substring(0, raw.charAt(n - 1) == 's' ? n - 2 : n - 1));
    }

    /** Phrases as folded word sequences (singular), as terms are. */
    private static List<List<String>> folded(List<String> phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            List<String> w = rawWords(Fold.forMatching(p)).stream().map(KeywordTagger::singular).toList();
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The words of a folded text, lower case. */
    private static List<String> rawWords(String folded) {
        List<String> out = new ArrayList<>();
        for (int k = WordScanner.next(folded, 0); k >= 0; ) {
            int e = WordScanner.end(folded, k);
            out.add(folded.substring(k, e).toLowerCase(Locale.ROOT));
            k = WordScanner.next(folded, e);
        }
        return out;
    }

    /** Themes in codebook order, and all their evidence in text order per theme. */
    public record Result(List<String> themes, List<ThemeEvidence> evidence) {
    }

    public Result tag(AlignedText finding) {
        return tag(finding, null);
    }

    /**
     * Tags a finding of a report section: besides the themes its words give, those whose codebook entry names the
     * section's judgement key ({@code judgements}: a report card's early years section is early years whatever a
     * finding in it says). Such a theme's evidence, where no term gave it, is the judgement key (the codebook entry
     * that matched) over the finding's whole span.
     *
     * @param judgement the key of the judgement whose section holds the finding, or null
     */
    public Result tag(AlignedText finding, String judgement) {
        String written = finding.text();
        String folded = Fold.forMatching(written);
        Map<String, List<ThemeEvidence>> byTheme = new HashMap<>();
        // the policy-list rule is tried only in findings that spell "polic" (few do; folded is lower case)
        boolean policies = folded.contains("polic");
        int margin = policies ? listMargin : this.margin;
        // the words are read a window at a time: every rule looks at most `margin` words either side of a term's
        // start, so hits are found for the words of [from, to) with the window reaching `margin` words beyond
        // (a finding has at most one word in two characters: a short one gets a window its size)
        WordWindow w = new WordWindow(Math.min(Math.max(WINDOW, 4 * margin), folded.length() / 2 + 2));
        List<Hit> hits = new ArrayList<>();
        int clause = 0;
        int phrase = 0;
        int last = 0;
        int from = 0; // window index of the first word whose hits are not yet emitted
        boolean more = true;
        while (more) {
            int start;
            while (!w.full() && (more = (start = WordScanner.next(folded, last)) >= 0)) {
                int end = WordScanner.end(folded, start);
                boolean newClause = false;
                boolean newPhrase = false;
                for (int c = last; c < start; c++) {
                    char ch = folded.charAt(c);
                    newClause |= ".;:!?".indexOf(ch) >= 0;
                    newPhrase |= ".;:!?,()[]".indexOf(ch) >= 0;
                }
                clause += newClause ? 1 : 0;
                phrase += newPhrase ? 1 : 0;
                last = end;
                String raw = folded.substring(start, end).toLowerCase(Locale.ROOT);
                String singular = singular(raw);
                w.add(raw, singular, possessiveBase(raw, singular), start, end, clause, phrase);
            }
            int to = more ? w.size() - margin : w.size();
            tagWindow(w, from, to, hits, finding, written, byTheme, policies);
            if (more) {
                int drop = to - margin;
                w.drop(drop);
                from = to - drop;
            }
        }
        String lowered = patterns.isEmpty() ? "" : RequiredLiterals.lower(written);
        LiteralSet.Found found = patterns.isEmpty() ? null : required.scan(lowered);
        for (ThemePattern tp : patterns) {
            if (!tp.mayMatch(found)) {
                continue;
            }
            Matcher pm = RegexBudget.matcher(tp.pattern(), written);
            try {
                if (tp.starts() != null) {
                    tp.starts().forEachMatch(pm, lowered, (start, end) -> {
                        if (end > start) {
                            add(byTheme, finding, tp.theme(), written, start, end);
                        }
                    });
                    continue;
                }
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
        for (String theme : judgement == null ? List.<String>of() : byJudgement.getOrDefault(judgement, List.of())) {
            if (!byTheme.containsKey(theme)) {
                byTheme.put(theme, new ArrayList<>(List.of(new ThemeEvidence(theme, judgement,
                        finding.originSpan(0, written.length())))));
            }
        }
        List<String> themes = new ArrayList<>();
        List<ThemeEvidence> evidence = new ArrayList<>();
        for (String key : order) {
            List<ThemeEvidence> e = byTheme.get(key);
            if (e != null) {
                themes.add(key);
                e.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
                evidence.addAll(e);
            }
        }
        return new Result(themes, evidence);
    }

    /**
     * Finds the terms starting at words [from, to) of the window and adds those that count to the evidence. The
     * terms that could veto them start up to {@code longest} words before or after, so those are found too (the
     * window holds them: {@code margin} words either side), and only used as vetoes.
     */
    private void tagWindow(WordWindow w, int from, int to, List<Hit> hits, AlignedText finding, String written,
                           Map<String, List<ThemeEvidence>> byTheme, boolean policies) {
        hits.clear();
        int first = Math.max(0, from - longest);
        int last = Math.min(w.size(), to + longest);
        for (int i = first; i < last; i++) {
            int here = hits.size();
            find(byFirstWord.get(w.word(i)), w, i, here, hits, false);
            if (w.base(i) != w.word(i)) {
                // a possessive word is also a one-word term's last word without its ending
                find(byFirstWord.get(w.base(i)), w, i, here, hits, true);
            }
        }
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            if (h.from() < from || h.from() >= to || h.exclusion()) {
                continue;
            }
            MannerRule rule = manner.get(h.theme());
            if (!vetoed(h, k, hits) && !nearVeto(h, w) && !modifiesOwned(h, w)
                    && !(policies && listedPolicyTopic(h, w))
                    && (rule == null || !rule.vetoes(h.from(), h.to(), w))) {
                add(byTheme, finding, h.theme(), written, w.start(h.from()), w.end(h.to() - 1));
            }
        }
    }

    /** Adds the candidate terms (one-word ones only, if {@code oneWord}) that match at word i. */
    private static void find(List<Term> candidates, WordWindow w, int i, int here, List<Hit> hits, boolean oneWord) {
        if (candidates == null) {
            return;
        }
        for (Term t : candidates) {
            if ((!oneWord || t.words().length == 1) && !matchedAt(hits, here, t) && matches(t, w, i)) {
                hits.add(new Hit(t.theme(), i, i + t.words().length, t.exclusion()));
            }
        }
    }

    /** Whether a term of t's theme and kind (term or exclusion) was already found at this word (hits from here on). */
    private static boolean matchedAt(List<Hit> hits, int here, Term t) {
        for (int k = here; k < hits.size(); k++) {
            Hit h = hits.get(k);
            if (h.exclusion() == t.exclusion() && h.theme().equals(t.theme())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a term's words are at word i: all but the last as written, the last with its plural and a possessive
     * ending folded (as written for a {@code noPlural} term), a notWithin phrase's slot any word, and all in one clause
     * (a term does not run across a full stop, colon or semicolon: "tailored support. Staff" is no "support staff").
     */
    private static boolean matches(Term t, WordWindow w, int i) {
        int n = t.words().length;
        if (i + n > w.size() || w.clause(i) != w.clause(i + n - 1)) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            boolean last = k == n - 1 && !t.asWritten();
            String want = last ? t.words()[k] : t.raw()[k];
            if (!(want.equals(last ? w.word(i + k) : w.raw(i + k)) || last && w.base(i + k) != w.word(i + k)
                    && want.equals(w.base(i + k))
                    || t.exclusion() && want == Codebook.ANY_WORD)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nouns that, after a possessive, name the possessor's own staff or a thing it owns ("the agency's placement
     * officer", "children's social workers", "support staff's workload", "the agency's latest figures"), folded
     * singular: the phrase is about them, not about the possessor.
     */
    static final Set<String> OWNED = Set.of("worker", "staff", "officer", "practitioner", "manager", "workload",
            "caseload", "figure", "panel");

    /**
     * A hit whose last word is possessive ("'s", "s'": the term matched only with the ending folded) and that is
     * only the modifier of a noun naming the possessor's staff or a thing it owns: that noun follows, or one word
     * after it ("the agency's latest figures"), in the same phrase. Such a possessive names whose the staff or the
     * thing are, not the theme: "consultation with children's social workers" is no consultation with children.
     * Decided from what follows only, never from the term.
     */
    private static boolean modifiesOwned(Hit h, WordWindow w) {
        int j = h.to() - 1;
        if (h.exclusion() || !possessive(w.raw(j))) {
            return false;
        }
        for (int k = j + 1; k <= j + 2 && k < w.size() && w.phrase(k) == w.phrase(j); k++) {
            if (OWNED.contains(w.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The links from "policy" to the topics it lists, lower case as written: "policies relating to", "such as". */
    private static final List<List<String>> POLICY_LINKS = List.of(List.of("relating", "to"), List.of("related", "to"),
            List.of("in", "relation", "to"), List.of("regarding"), List.of("covering"), List.of("such", "as"),
            List.of("including"));
    /** Words no listed topic holds: a verb or a clause opener ends the list ("… and safeguarding, which …"). */
    private static final Set<String> NOT_IN_TOPIC = Set.of("is", "are", "was", "were", "be", "been", "will", "would",
            "should", "must", "can", "could", "may", "has", "have", "had", "do", "does", "did", "which",
            "that", "who", "where", "when", "to", "not");
    /** The most words a listed topic holds ("health and safety" is two topics, "the school's curriculum" one). */
    static final int TOPIC_WORDS = 4;
    /** The most words the policy-list rule reads either side of a term: the topics before it and its list's end. */
    static final int LIST_REACH = 24;

    /**
     * A term that is one topic of a list of two or more that "policy" or "policies" names, linked by "relating to",
     * "related to", "in relation to", "regarding", "covering", "such as" or "including" ("The website provides access
     * to key policies relating to complaints, the curriculum, behaviour and safeguarding"): the list names documents,
     * not what is done about each topic. Topics are runs of one to {@value #TOPIC_WORDS} words between commas, "and"
     * and "or", in one clause, with no verb or clause opener; the list ends at the clause's end, at a run too long, or
     * at a verb or clause opener. Where the verb after the last topic says the policies are in use ("policies relating
     * to behaviour and safeguarding are applied consistently", "are followed"), what is said is about each topic in
     * practice and the topics count ("are on the website" does not say so). Decided from the words, never the term.
     */
    private static boolean listedPolicyTopic(Hit h, WordWindow w) {
        int c = w.clause(h.from());
        for (int e = h.from() - 1; e >= Math.max(0, h.from() - LIST_REACH) && w.clause(e) == c; e--) {
            int linkStart = linkEndingAt(w, e, c);
            if (linkStart > 0 && w.clause(linkStart - 1) == c && w.word(linkStart - 1).equals("policy")) {
                return inTopicList(h, w, e + 1, c);
            }
        }
        return false;
    }

    /** The first word of a {@link #POLICY_LINKS} link whose last word is word e, or -1. */
    private static int linkEndingAt(WordWindow w, int e, int c) {
        for (List<String> link : POLICY_LINKS) {
            int s = e - link.size() + 1;
            if (s < 0 || w.clause(s) != c) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < link.size() && all; k++) {
                all = link.get(k).equals(w.raw(s + k));
            }
            if (all) {
                return s;
            }
        }
        return -1;
    }

    /** Whether h lies within a list of two or more topics starting at word first (see {@link #listedPolicyTopic}). */
    private static boolean inTopicList(Hit h, WordWindow w, int first, int c) {
        int limit = Math.min(w.size(), h.from() + LIST_REACH);
        int topics = 0;
        int listEnd = first;
        int pos = first;
        while (pos < limit && w.clause(pos) == c) {
            int start = pos;
            while (pos < limit && w.clause(pos) == c && !NOT_IN_TOPIC.contains(w.raw(pos))
                    && (pos == start || w.phrase(pos) == w.phrase(pos - 1) && !isAndOr(w.raw(pos)))) {
                pos++;
            }
            int n = pos - start;
            boolean verb = pos < limit && w.clause(pos) == c && NOT_IN_TOPIC.contains(w.raw(pos));
            if (n == 0 || n > TOPIC_WORDS) {
                break;
            }
            topics++;
            listEnd = pos;
            if (verb) {
                // "… and safeguarding are applied consistently": what is said is about the policies in use
                if (inUse(w, pos, c)) {
                    return false;
                }
                break;
            }
            while (pos < limit && w.clause(pos) == c && isAndOr(w.raw(pos))) {
                pos++;
            }
        }
        return topics >= 2 && h.from() >= first && h.to() <= listEnd;
    }

    /** Words saying a policy is in use ("are applied", "is followed", "are implemented effectively"). */
    private static final Set<String> IN_USE = Set.of("applied", "followed", "implemented", "used", "understood",
            "embedded", "enforced", "adhered", "practised", "working");

    /** Whether one of {@link #IN_USE} is among the three words from word pos, in clause c. */
    private static boolean inUse(WordWindow w, int pos, int c) {
        for (int k = pos; k < Math.min(w.size(), pos + 3) && w.clause(k) == c; k++) {
            if (IN_USE.contains(w.raw(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAndOr(String word) {
        return word.equals("and") || word.equals("or");
    }

    /** Whether a word (folded, lower case) ends in a possessive ending: "agency's", "carers'". */
    private static boolean possessive(String raw) {
        int n = raw.length();
        return n > 2 && (raw.charAt(n - 2) == '\'' && raw.charAt(n - 1) == 's'
                || raw.charAt(n - 1) == '\'' && raw.charAt(n - 2) == 's');
    }

    /** A hit with one of its theme's notNear words within {@value #NEAR} words, in the same clause. */
    private boolean nearVeto(Hit h, WordWindow w) {
        Set<String> near = notNear.get(h.theme());
        if (near == null) {
            return false;
        }
        int c = w.clause(h.from());
        for (int k = Math.max(0, h.from() - NEAR); k < Math.min(w.size(), h.to() + NEAR); k++) {
            if ((k < h.from() || k >= h.to()) && w.clause(k) == c && near.contains(w.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hit inside a notWithin phrase of its theme, or overlapping a longer hit of another theme. Hits are in the
     * order of their first word, and a hit that overlaps or holds h starts less than {@code longest} words before
     * it, so only those near h in the list are compared.
     */
    private boolean vetoed(Hit h, int at, List<Hit> hits) {
        int k = at;
        while (k > 0 && hits.get(k - 1).from() > h.from() - longest) {
            k--;
        }
        for (; k < hits.size() && hits.get(k).from() < h.to(); k++) {
            Hit o = hits.get(k);
            if (o.theme().equals(h.theme())) {
                if (o.exclusion() && o.from() <= h.from() && h.to() <= o.to()) {
                    return true;
                }
            } else if (!o.exclusion() && o.to() - o.from() > h.to() - h.from() && o.from() < h.to()
                    && h.from() < o.to()) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, List<ThemeEvidence>> byTheme, AlignedText finding, String theme,
                            String written, int start, int end) {
        byTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(new ThemeEvidence(theme,
                written.substring(start, end), finding.originSpan(start, end)));
    }
}

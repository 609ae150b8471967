package uk.ofstedextract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Keywords of a finding, by the rubric of {@code docs/keywords.md}: noun phrases found with OpenNLP's
 * tokenizer and part-of-speech tagger, normalised (lower case except abbreviations written in capitals,
 * the head noun singular) so variants count together, and ranked against a background of document
 * frequencies over Ofsted findings that the project ships ({@code nlp/background-df.tsv}, built by
 * {@code BackgroundBuilder}, a developer tool in the test sources).
 * <p>Candidates: runs of nouns, proper nouns and adjectives ending in a noun, within a sentence and
 * outside brackets (punctuation ends a run); a gerund after a determiner joins the run ("the leaving
 * care service"). Leading evaluative words ("good", "effective", "some") and numbers are dropped. A run
 * that is not an established phrase of the background (found in fewer than {@value #ESTABLISHED}
 * findings) is read as a likely misparse: it is cut after a plural noun that is not its last word
 * ("workers state" is a clause), and leading adjectives and participles are dropped while the rest is
 * still not established ("intense workload pressure" gives "workload pressure"). Never keywords: Ofsted
 * boilerplate ({@link #STOP}), a bare generic head, or one with only adjectives before it that is not an
 * established phrase ({@link #GENERIC}: "response", "responsive service"; "early help" stays), names of local authorities given with
 * {@link #withNames} and any capitalised words that run on from them.
 * <p>Abbreviations defined in the text ("multi-agency safeguarding hub (MASH)") link the two forms: the
 * keyword is the long form, with the abbreviation and the spans of both.
 * <p>Score = count in the finding × (1 + 0.5 × (words − 1)) × 2 for an established phrase, scaled so
 * the best keyword of a finding scores 1 (an idf weighting pushed the terms of the trade, "care leaver",
 * "early help", below one-off misparses, and boilerplate is stopped by {@link #STOP} instead). The tagger keeps up to {@value #MAX_KEYWORDS} keywords scoring at least
 * {@value #MIN_SCORE}.
 * <p>Thread-safe: one tokenizer and tagger per thread over the shared models.
 */
public final class KeywordTagger {
    static final int MAX_KEYWORDS = 5;
    static final double MIN_SCORE = 0.25;
    /** A phrase found in at least this many background findings is an established phrase. */
    static final int ESTABLISHED = 3;
    private static final String BACKGROUND = "/nlp/background-df.tsv";

    private static final ThreadLocal<WordTokenizer> TOKENIZER =
            ThreadLocal.withInitial(() -> new WordTokenizer(new TokenizerME(Models.tokensFast())));
    private static final ThreadLocal<GreedyPosTagger> TAGGER =
            ThreadLocal.withInitial(() -> new GreedyPosTagger(Models.pos()));

    /** Words the tagger often mislabels as prepositions although they are nouns here ("oversight"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "about",
            "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
            "up", "down", "over", "under", "than", "within", "without", "across", "along", "among", "around",
            "since", "until", "upon", "via", "despite", "towards", "toward", "per", "as", "like", "because", "while",
            "throughout", "alongside", "beside", "besides", "outside", "inside", "amongst", "concerning", "unless",
            "whereas", "whilst", "where", "when", "once", "though", "therefore", "however", "rather",
            "although", "if", "whether", "that", "so", "including", "following", "regarding", "beyond", "near");
    /** Leading words that say how good something is, not what it is. */
    static final Set<String> EVALUATIVE = Set.of("good", "effective", "ineffective", "strong", "weak", "poor",
            "clear", "unclear", "consistent", "inconsistent", "timely", "appropriate", "inappropriate", "sufficient",
            "insufficient", "robust", "many", "most", "some", "other", "several", "recent", "new", "further",
            "significant", "high", "low", "better", "best", "worse", "more", "less", "few", "all", "each", "every",
            "overall", "key", "wide", "broad", "positive", "negative", "improved", "improving", "increased",
            "increasing", "limited", "considerable", "excellent", "outstanding", "inadequate", "adequate",
            "satisfactory", "regular", "frequent", "prompt", "swift", "thorough", "careful", "detailed", "well",
            "very", "much", "same", "different", "particular", "specific", "current", "previous", "last", "first",
            "second", "third", "small", "large", "great", "greater", "full", "whole", "own", "such", "various",
            "additional", "initial", "ongoing", "continued", "greatest", "highest", "lowest", "strongest", "little",
            "numerous", "certain", "relevant", "necessary", "important", "real", "right", "wrong", "late",
            "recently", "notable", "meaningful", "purposeful", "skilled", "experienced", "committed", "dedicated",
            "individual", "vulnerable", "future", "basic", "ambitious", "widespread", "daily", "weekly", "vast",
            "immediate", "potential", "crucial", "unacceptable", "extensive", "comprehensive", "impressive",
            "responsive", "supportive", "valuable", "invaluable", "tangible", "wider", "wide-ranging");
    /**
     * Leading words of {@link #EVALUATIVE} that also sort things into kinds: they stay where the phrase is a
     * term of the trade ("initial assessment", "key stage", "further education", "significant harm"), while
     * grading words go even then ("consistent social worker" is a theme's evidence, not a keyword).
     */
    static final Set<String> CLASSIFYING = Set.of("initial", "first", "second", "third", "key", "further",
            "significant", "immediate", "specific", "individual", "additional");
    /** Phrases that are Ofsted's boilerplate or too general to say what a finding is about. */
    static final Set<String> STOP = Set.of("local authority", "authority", "child", "children", "young person",
            "young people", "people", "family", "families", "parent", "carer", "inspector", "inspection", "ofsted",
            "council", "service", "time", "way", "number", "range", "majority", "minority", "lot", "part", "area",
            "level", "use", "example", "instance", "case", "need", "work", "practice", "result", "place", "point",
            "year", "month", "week", "day", "issue", "thing", "aspect", "fact", "impact", "quality", "proportion",
            "most children", "child's", "children's", "their", "this", "that", "these", "those", "which", "who",
            "what", "it", "they", "we", "he", "she", "them", "one", "cases", "experience", "progress",
            "improvement", "support", "help", "care", "action", "plan", "decision", "member", "staff", "leader",
            "manager", "partner", "agency", "team", "worker", "social worker", "professional", "life", "lives",
            "focused visit", "ofsted focused visit", "monitoring visit", "full inspection", "last inspection",
            "previous inspection", "social care", "children's social care", "child's social care",
            "children's service", "children and young person", "children and family", "child and family",
            "multi-agency", "local area", "partnership", "practitioner", "adviser", "advisor", "officer");

    /**
     * Heads too general to name a topic alone or with only adjectives before them ("response", "vast
     * majority", "responsive service"); with a noun before them they may ("housing service"). Written from
     * general English: nouns of quantity, degree, time, manner, relation, evaluation and change.
     */
    static final Set<String> GENERIC = Set.of("ability", "absence", "access", "account", "action", "activity",
            "addition", "amount", "approach", "area", "arrangement", "aspect", "attention", "awareness", "basis",
            "benefit", "case", "cause", "challenge", "chance", "change", "choice", "circumstance", "commitment",
            "concern", "condition", "confidence", "consequence", "consideration", "context", "contribution",
            "deal", "degree", "delivery", "detail", "difference", "difficulty", "direction", "effect", "effort",
            "element", "emphasis", "end", "environment", "evidence", "example", "experience", "extent", "fact",
            "factor", "feature", "focus", "form", "function", "gap", "goal", "group", "growth", "help", "idea",
            "impact", "implementation", "importance", "improvement", "increase", "individual", "information",
            "input", "instance", "interest", "involvement", "issue", "item", "kind", "knowledge", "lack", "level",
            "life", "line", "list", "lot", "majority", "manner", "matter", "means", "measure", "member", "method",
            "minority", "moment", "nature", "need", "number", "objective", "occasion", "opportunity", "option",
            "order", "outcome", "pace", "part", "pattern", "percentage", "period", "person", "place", "point",
            "position", "potential", "practice", "presence", "priority", "problem", "process", "progress",
            "proportion", "purpose", "quality", "quantity", "question", "range", "rate", "reason", "reduction",
            "regard", "requirement", "response", "result", "rise", "risk", "role", "sense", "series", "service",
            "set", "share", "side", "sign", "situation", "size", "sort", "source", "stage", "standard", "state",
            "status", "step", "strength", "success", "support", "system", "task", "term", "thing", "time",
            "total", "type", "understanding", "use", "value", "variety", "view", "way", "weakness", "whole",
            "work", "world", "year", "month", "week", "day", "hour", "zero", "people", "pupil", "staff", "effectiveness",
            "welfare", "volume", "subject", "structure", "shortfall", "sample", "rigour", "population",
            "performance", "organisation", "introduction", "identification", "heart", "framework", "development",
            "control", "appropriateness", "appointment", "achievement", "kindness", "patience", "future", "city",
            "wait", "touch", "stability", "relationship", "participant", "guidance", "advice", "data", "file",
            "letter", "home", "scrutiny", "consistency", "clarity", "timeliness", "efficiency", "capacity",
            "start", "other", "overview", "lead", "live", "take-up", "unmet", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");
    /**
     * Verb forms that are never nouns or noun modifiers in English, which the tagger sometimes reads as
     * such ("to enable workers", "inspectors met"): they end a phrase.
     */
    static final Set<String> VERBS = Set.of("ensure", "ensures", "enable", "enables", "minimise", "maximise",
            "provide", "provides", "promote", "promotes", "inform", "informs", "achieve", "achieves", "identify",
            "identifies", "include", "includes", "learn", "learns", "been", "become", "becomes", "remain",
            "remains", "receive", "receives", "require", "requires", "allow", "allows", "continue", "continues",
            "consider", "considers", "understand", "understands", "undertake", "undertakes", "prevent",
            "prevents", "protect", "protects", "safeguard", "demonstrate", "demonstrates", "engage", "engages", "met", "spoke",
            "told", "said", "says", "taken", "made", "given", "seen", "known", "felt", "improve", "improves",
            "deliver", "delivers", "develop", "develops", "maintain", "maintains", "recognise", "recognises",
            "describe", "describes", "reduce", "reduces", "is", "are", "was", "were", "be", "being", "has", "have",
            "had", "does", "did");
    /**
     * Heads that after a noun only say "an aspect of" it ("child in need basis", "multi-agency audit
     * process", "service area", "capacity issue", "partner agency effectiveness"): the keyword is the noun
     * before them, kept where it is a keyword on its own.
     */
    static final Set<String> LIGHT = Set.of("area", "basis", "process", "activity", "issue", "effectiveness",
            "aspect", "element", "nature", "extent", "kind", "type", "sort", "form", "matter", "respect", "regard");
    /** Modal verbs and the infinitive marker: the word after them is a verb ("should progress plans"). */
    private static final Set<String> BEFORE_VERB = Set.of("to", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "not", "never", "who", "they", "we", "he", "she", "i", "you");
    /** Adverbs that focus a noun phrase rather than modify a verb ("particularly care leavers"). */
    private static final Set<String> FOCUSING = Set.of("only", "particularly", "especially", "mainly", "mostly",
            "largely", "primarily", "chiefly", "notably", "specifically", "namely", "solely", "exclusively",
            "predominantly", "typically", "usually", "generally", "increasingly", "currently", "previously",
            "newly", "recently", "fully", "partly", "nearly", "almost", "entirely", "overwhelmingly",
            "relatively", "comparatively", "similarly", "likewise", "additionally", "consequently", "finally",
            "importantly", "crucially", "equally", "inevitably", "unsurprisingly", "historically", "locally",
            "nationally", "formerly", "originally", "initially", "subsequently", "eventually",
            // adjectives in -ly, which the tagger may call adverbs ("early help", "timely reviews")
            "early", "daily", "weekly", "monthly", "quarterly", "yearly", "fortnightly", "hourly", "timely",
            "friendly", "likely", "elderly", "family", "costly", "lonely", "orderly", "holy", "unlikely");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "their", "its", "our", "his", "her", "each", "every", "any", "no");

    /**
     * Terms of the trade ({@code nlp/trade-terms.txt}), folded ({@link #fold}): taken once from the theme
     * codebook's terms (children-services-2026.1) and kept apart from it, so keywords do not move when the
     * theme codebook does. A phrase that is one keeps its leading adjectives ("initial assessment",
     * "significant harm") and may stand as a keyword where a general word would not (a single word, a
     * generic head with only adjectives before it).
     */
    private static final class DomainHolder {
        static final Set<String> TERMS = readDomainTerms();
    }

    private static final String TRADE_TERMS = "/nlp/trade-terms.txt";

    private static Set<String> readDomainTerms() {
        Set<String> out = new java.util.HashSet<>();
        try (InputStream in = KeywordTagger.class.getResourceAsStream(TRADE_TERMS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TRADE_TERMS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /** A phrase folded for comparison with the domain terms: lower case, hyphens as spaces, last word singular. */
    static String fold(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replace('-', ' ').trim().split("\\s+");
        words[words.length - 1] = singular(words[words.length - 1]);
        return String.join(" ", words);
    }

    /** Whether a phrase is a term of the trade (a term of the default codebook). */
    static boolean domainTerm(String phrase) {
        return DomainHolder.TERMS.contains(fold(phrase));
    }

    private final Map<String, Integer> documentFrequency;
    /** Names not to take as keywords, as token sequences, by first token. */
    private final Map<String, List<String[]>> names;

    private KeywordTagger(Map<String, Integer> documentFrequency, Map<String, List<String[]>> names) {
        this.documentFrequency = documentFrequency;
        this.names = names;
    }

    private static final class DefaultHolder {
        static final KeywordTagger DEFAULT = readDefault();
    }

    public static KeywordTagger standard() {
        return DefaultHolder.DEFAULT;
    }

    /** A tagger with no background (every phrase equally rare): what {@code BackgroundBuilder} (a developer tool in the test sources) uses. */
    public static KeywordTagger withoutBackground() {
        return new KeywordTagger(Map.of(), Map.of());
    }

    /**
     * This tagger, never taking the given names as keywords (nor capitalised words running on from them:
     * "Manchester City Council"). Names match case-sensitively, word by word.
     */
    public KeywordTagger withNames(Collection<String> givenNames) {
        Map<String, List<String[]>> index = new HashMap<>();
        for (String n : givenNames) {
            String[] words = n.trim().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        return new KeywordTagger(documentFrequency, Map.copyOf(index));
    }

    private static KeywordTagger readDefault() {
        Map<String, Integer> df = new HashMap<>();
        try (InputStream in = KeywordTagger.class.getResourceAsStream(BACKGROUND)) {
            if (in == null) {
                return withoutBackground();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KeywordTagger(Map.copyOf(df), Map.of());
    }

    /** A candidate phrase: its normalised form and its span in the tagged text. */
    public record Candidate(String key, uk.ofstedextract.text.Span span) {
        Candidate(String key, int start, int end) {
            this(key, new uk.ofstedextract.text.Span(start, end));
        }
    }

    /**
     * A keyword of one text: normalised phrase, the phrase as first written, the abbreviation the text
     * defines for it (or null), score in (0, 1], spans in the text.
     */
    public record Keyword(String keyword, String surface, String abbreviation, double score,
                          List<uk.ofstedextract.text.Span> spans) {
    }

    /** The candidates of a text and the abbreviations it defines (short form → normalised long form). */
    private record Analysis(List<Candidate> candidates, Map<String, String> abbreviations) {
    }

    /** The longest phrase {@link #phrases} counts, in words. */
    static final int MAX_PHRASE = 5;

    /**
     * Every word sequence of a text that reads as a noun phrase, in normalised form, whatever the keyword
     * rules make of it: each stretch of up to {@value #MAX_PHRASE} tokens inside a run of nouns and
     * adjectives (and "and"/"or" between them) that ends in a noun and starts with neither a conjunction nor
     * a determiner. What the background ({@code BackgroundBuilder}) counts, so that "established" means
     * "written as a noun phrase in several findings", independent of how the candidates are cut.
     */
    public java.util.Set<String> phrases(String text) {
        Span[] spans = joinHyphenated(TOKENIZER.get().tokenizePos(text), text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TAGGER.get().tag(tokens);
        java.util.Set<String> out = new java.util.HashSet<>();
        int i = 0;
        while (i < tokens.length) {
            if (!nominal(tokens[i], tags[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.length && (nominal(tokens[j], tags[j]) || conjunction(tokens[j])
                    && j + 1 < tokens.length && nominal(tokens[j + 1], tags[j + 1]))) {
                j++;
            }
            int list = bareList(tokens, tags, i);
            if (list > 0) {
                out.add(listKey(tokens, i, list));
            }
            for (int a = i; a < j; a++) {
                if (conjunction(tokens[a])) {
                    continue;
                }
                for (int b = a + 1; b <= Math.min(j, a + MAX_PHRASE); b++) {
                    if (noun(tokens[b - 1], tags[b - 1])) {
                        out.add(key(tokens, a, b));
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /** Noun-phrase candidates of a text, in order. */
    public List<Candidate> candidates(String text) {
        return analyse(text, WINDOW).candidates();
    }

    /** The candidates with windows of {@code window} characters (for tests: a huge one analyses the text whole). */
    List<Candidate> candidates(String text, int window) {
        return analyse(text, window).candidates();
    }

    /**
     * A text longer than this is analysed in windows of at most this many characters, each ended at a
     * sentence end or white space where there is one in its second half: tokens, tags and their features then never exist
     * for more than one window at a time. Findings are far shorter (the longest in the development
     * corpus is 4,085 characters; no blank-line paragraph of the corpus or the school reports reaches
     * 5,000), so this changes nothing for a real report. What it bounds is a hostile input of one
     * megabyte-long finding with a token at every character (nested brackets, {@code x.x.x.}): analysed
     * whole, its million tokens held the heap at 2.3 GB ({@code bench/pathological}, docs/hostile-input.md).
     */
    static final int WINDOW = 20_000;

    private Analysis analyse(String text, int window) {
        if (text.length() <= window) {
            return analyseWindow(text);
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> abbreviations = new HashMap<>();
        for (int from = 0; from < text.length(); ) {
            int to = windowEnd(text, from, window);
            Analysis a = analyseWindow(text.substring(from, to));
            for (Candidate c : a.candidates()) {
                candidates.add(new Candidate(c.key(), c.span().shift(from)));
            }
            a.abbreviations().forEach(abbreviations::putIfAbsent);
            from = to;
        }
        return new Analysis(candidates, abbreviations);
    }

    /**
     * Where the window starting at {@code from} ends: after the last sentence end (white space after
     * {@code . ! ?}) in its second half, else after its last white space there, else at the limit.
     */
    static int windowEnd(String text, int from, int window) {
        int limit = from + window;
        if (limit >= text.length()) {
            return text.length();
        }
        int space = -1;
        for (int i = limit; i > from + window / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                char before = text.charAt(i - 2);
                if (before == '.' || before == '!' || before == '?') {
                    return i;
                }
                space = space < 0 ? i : space;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private Analysis analyseWindow(String text) {
        Span[] spans = joinHyphenated(TOKENIZER.get().tokenizePos(text), text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TAGGER.get().tag(tokens);
        boolean[] named = names.isEmpty() ? new boolean[tokens.length] : markNames(tokens);
        Map<String, String> abbreviations = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        int lastRunStart = -1;
        int lastRunEnd = -1;
        int i = 0;
        while (i < tokens.length) {
            int name = properName(tokens, tags, named, i);
            if (name > i) {
                // "the Children Awaiting Adoption Team", "the Framework for Participation": a team, service or
                // initiative is named as a whole, never in parts
                int before = out.size();
                addCandidate(out, tokens, tags, spans, i, name);
                defineAbbreviation(out, before, tokens, spans, name, text, abbreviations);
                lastRunStart = -1;
                i = name;
                continue;
            }
            int list = named[i] ? -1 : bareList(tokens, tags, i);
            if (list > 0 && established(listKey(tokens, i, list)) && namesThings(tokens, i, list)) {
                // "education, employment or training", "education, health and care": a fixed list of bare
                // nouns, written so in many findings, is one keyword, not its first or last word
                addCandidate(out, listKey(tokens, i, list), spans[i].getStart(), spans[list - 1].getEnd());
                lastRunStart = -1;
                i = list;
                continue;
            }
            boolean gerund = gerundModifier(tokens, tags, named, i);
            int bridged = bridge(tokens, tags, i);
            if (bridged == 0 && !named[i] && tags[i].startsWith("ADV")) {
                // "early help services": a term of the trade starts the run even where the tagger calls its
                // first word an adverb and the next a verb
                bridged = termAt(tokens, tags, i);
            }
            if (!gerund && bridged == 0 && (named[i] || !nominal(tokens[i], tags[i]))) {
                i++;
                continue;
            }
            if (!gerund && bridged == 0 && verbInContext(tokens, tags, i)) {
                i++; // "should progress plans", "to share information", "who hold children": a verb, not a noun
                continue;
            }
            int j = i + Math.max(1, bridged);
            while (j < tokens.length) {
                int b = bridge(tokens, tags, j);
                if (b > 0 && j + b < tokens.length && nominal(tokens[j + b], tags[j + b])) {
                    j += b;
                } else if (!named[j] && nominal(tokens[j], tags[j])) {
                    j++;
                } else {
                    break;
                }
            }
            // runs end in a noun: drop trailing adjectives, and a last word that acts as a verb
            // (followed by a determiner: "the service promotes the ...")
            int end = j;
            if (j < tokens.length && j - i >= 1 && tags[j].startsWith("DET")) {
                end--;
            }
            while (end > i && !noun(tokens[end - 1], tags[end - 1]) && !endsInTerm(tokens, i, end)) {
                end--;
            }
            int start = i;
            if (end - i >= 2 && i >= 2 && conjunction(tokens[i - 1]) && nominal(tokens[i - 2], tags[i - 2])
                    && !named[i - 2]) {
                String whole = key(tokens, i - 2, end);
                String shared = word(tokens[i - 2]) + " " + key(tokens, i + 1, end);
                boolean alone = i < 3 || !nominal(tokens[i - 3], tags[i - 3]);
                boolean graded = EVALUATIVE.contains(tokens[i - 2].toLowerCase(Locale.ROOT));
                boolean repeated = tokens[i - 2].equalsIgnoreCase(tokens[i]);
                boolean sharable = alone && !repeated && plural(tokens[end - 1], tags[end - 1])
                        && !plural(tokens[i - 2], tags[i - 2])
                        && (domainTerm(shared) || !graded && established(shared));
                // two adjectives before a plural head qualify two sets of things: "political and corporate
                // leaders" are political leaders and corporate leaders
                boolean adjectives = tags[i - 2].startsWith("ADJ") && !domainTerm(whole);
                if (!repeated && !(sharable && adjectives) && (established(whole) || domainTerm(whole))) {
                    // "health and wellbeing board", "child and adolescent mental health service": one name (a
                    // word said twice, "children in care and care leavers", makes two things)
                    start = i - 2;
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                } else if (sharable) {
                    // "initial and core assessments", "service and business plans": two things sharing a head
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                    addCandidate(out, shared, spans[i - 2].getStart(), spans[end - 1].getEnd());
                } else if (alone && !graded && !repeated && tokens[i - 1].equals("and") && !listEnd(tokens, i - 2)
                        && noun(tokens[i - 2], tags[i - 2])
                        && noun(tokens[i], tags[i]) && !plural(tokens[i - 2], tags[i - 2])) {
                    // a singular noun and "and" before a longer run: one name, as far as we can tell
                    start = i - 2;
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                }
            } else if (end - i == 1 && i >= 3 && conjunction(tokens[i - 1]) && lastRunEnd == i - 1
                    && lastRunEnd - lastRunStart >= 2 && plural(tokens[i], tags[i])
                    && plural(tokens[i - 2], tags[i - 2])
                    && !EVALUATIVE.contains(tokens[lastRunStart].toLowerCase(Locale.ROOT))) {
                // "child-in-need assessments and plans": the modifiers of the first conjunct are shared
                String shared = key(tokens, lastRunStart, lastRunEnd - 1) + " " + key(tokens, i, end);
                if (established(shared) || domainTerm(shared)) {
                    addCandidate(out, shared, spans[lastRunStart].getStart(), spans[end - 1].getEnd());
                    lastRunStart = i;
                    lastRunEnd = j;
                    i = Math.max(j, i + 1);
                    continue;
                }
            }
            lastRunStart = i;
            lastRunEnd = j;
            while (start < end && grading(tokens, start, end)) {
                start++;
            }
            // a leading boilerplate phrase ("local authority promotes") says nothing about the topic
            for (int k = Math.min(end - 1, start + 2); k > start + 1; k--) {
                if (STOP.contains(key(tokens, start, k))) {
                    start = k;
                    break;
                }
            }
            if (start < end) {
                int before = out.size();
                refine(out, tokens, tags, spans, start, end, gerund ? i : -1);
                if (end == j) {
                    defineAbbreviation(out, before, tokens, spans, end, text, abbreviations);
                }
            }
            i = Math.max(j, i + 1);
        }
        return new Analysis(out, abbreviations);
    }

    /** Nouns that name a kind of organised thing, after a proper name: "the Flourish team", "the Full Circle service". */
    private static final Set<String> ORGANISED = Set.of("service", "services", "team", "teams", "hub", "panel",
            "programme", "project", "board", "forum", "group", "unit", "strategy", "model", "approach", "framework",
            "pathway", "protocol", "policy", "charter", "council", "meeting", "conference", "centre", "partnership",
            "tool", "scheme", "initiative", "offer", "network", "academy", "clinic");
    /** Small words inside a name: "Framework for Participation", "Department for Education". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "in", "on");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /**
     * The end of a proper name of a team, service or initiative starting at token i, or i if there is none:
     * two or more capitalised words (small linking words between them allowed: "Framework for Participation"),
     * or one capitalised word before a noun of an organised thing ("Flourish team"), perhaps followed by such
     * a noun written in lower case ("Ordinarily Available Provision strategy"). At a sentence start the
     * capital says nothing, so there the name needs three capitalised words. Names of local authorities,
     * months and days are not such names.
     */
    private static int properName(String[] tokens, String[] tags, boolean[] named, int i) {
        String first = tokens[i].toLowerCase(Locale.ROOT);
        if (!capitalised(tokens[i]) || named[i] || CALENDAR.contains(first) || DETERMINERS.contains(first)
                || !tags[i].startsWith("NOUN") && !tags[i].startsWith("PROPN") && !tags[i].startsWith("ADJ")
                && !tags[i].startsWith("VERB")) {
            return i; // "The Inclusion Charter": the name starts after the determiner
        }
        boolean sentenceStart = i == 0 || !Character.isLetterOrDigit(tokens[i - 1].charAt(0))
                && !tokens[i - 1].equals(",") && !tokens[i - 1].equals("(");
        int capitals = 1;
        int end = i + 1;
        int k = i + 1;
        while (k < tokens.length && !named[k]) {
            if (capitalised(tokens[k]) && !CALENDAR.contains(tokens[k].toLowerCase(Locale.ROOT))) {
                capitals++;
                end = ++k;
            } else if (NAME_LINKS.contains(tokens[k]) && k + 1 < tokens.length && capitalised(tokens[k + 1])
                    && !named[k + 1]) {
                k++;
            } else {
                break;
            }
        }
        boolean organised = end < tokens.length && ORGANISED.contains(tokens[end])
                && !tags[end].startsWith("VERB");
        if (organised) {
            end++;
        }
        int needed = sentenceStart ? 3 : 2;
        return capitals + (organised ? 1 : 0) >= needed && end - i <= 6 ? end : i;
    }

    /** A word written with a capital letter first and not all in capitals ("Team", not "MASH" or "team"). */
    private static boolean capitalised(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0))
                && token.chars().skip(1).anyMatch(Character::isLowerCase) && token.chars().allMatch(
                        c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-');
    }

    /**
     * "multi-agency safeguarding hub (MASH)": capitals in brackets right after the phrase just added (at
     * {@code end}) abbreviate it; the short form is recorded against the phrase's key.
     */
    private static void defineAbbreviation(List<Candidate> out, int before, String[] tokens, Span[] spans, int end,
                                           String text, Map<String, String> abbreviations) {
        if (out.size() > before && end + 2 < tokens.length && tokens[end].equals("(")
                && tokens[end + 2].equals(")")) {
            Candidate last = out.get(out.size() - 1);
            String shortForm = tokens[end + 1];
            if (last.span().end() == spans[end - 1].getEnd()
                    && abbreviates(shortForm, last.span().of(text))) {
                abbreviations.putIfAbsent(shortForm, last.key());
            }
        }
    }

    /**
     * "the leaving care service", "(designated officer arrangements)", "newly qualified workers": a
     * participle after a determiner or an opening bracket, or after "newly", before a noun, modifies it.
     */
    private static boolean gerundModifier(String[] tokens, String[] tags, boolean[] named, int i) {
        if (tokens[i].equalsIgnoreCase("newly") && i + 2 < tokens.length && nominal(tokens[i + 1], tags[i + 1])) {
            return true;
        }
        if (i + 1 >= tokens.length || named[i + 1] || !noun(tokens[i + 1], tags[i + 1])) {
            return false;
        }
        String w = tokens[i].toLowerCase(Locale.ROOT);
        return i > 0 && tags[i].startsWith("VERB") && (w.endsWith("ing") || w.endsWith("ed"))
                && !VERBS.contains(w) && (DETERMINERS.contains(tokens[i - 1].toLowerCase(Locale.ROOT))
                || tokens[i - 1].equals("(") || tags[i - 1].startsWith("ADJ"));
    }

    /**
     * Adds the candidates of tokens [from, to). An established phrase is taken whole; another is cut
     * after each plural noun that is not its last word, and each part loses leading adjectives and
     * participles while it is still not established.
     */
    private void refine(List<Candidate> out, String[] tokens, String[] tags, Span[] spans, int from, int to,
                        int modifier) {
        if (documentFrequency.isEmpty()) {
            addCandidate(out, tokens, tags, spans, from, to);
            return;
        }
        int partStart = from;
        for (int k = from; k < to; k++) {
            boolean cut = k < to - 1 && plural(tokens[k], tags[k]) && !acronym(tokens[k])
                    && !tokens[k + 1].equalsIgnoreCase("in") && !ORGANISED.contains(tokens[k + 1]);
            if (cut || k == to - 1) {
                int s = partStart;
                while (k + 1 - s > 1 && modifierOnly(tokens[s], tags[s]) && !established(key(tokens, s, k + 1))
                        && !domainTerm(key(tokens, s, k + 1)) && s != modifier
                        && !tokens[s + 1].equalsIgnoreCase("after") && !conjunction(tokens[s + 1])) {
                    s++;
                }
                addCandidate(out, tokens, tags, spans, s, k + 1);
                partStart = k + 1;
            }
        }
    }

    /**
     * Whether the word at {@code start} grades the phrase [start, end) rather than names it: an evaluative
     * word ("good", "effective") or a number, unless a classifying word makes a term of the trade ("initial
     * assessment"); "quality" before a noun ("quality care"), unless "quality X" is a term ("quality
     * assurance"); a hyphenated grade ("good-quality", "high-quality", "well-attended"; not "well-being").
     */
    private static boolean grading(String[] tokens, int start, int end) {
        String w = tokens[start].toLowerCase(Locale.ROOT);
        if (EVALUATIVE.contains(w) || Character.isDigit(w.charAt(0))) {
            return !(CLASSIFYING.contains(w) && domainTerm(key(tokens, start, end)));
        }
        if (w.equals("quality")) {
            return end - start >= 2 && !domainTerm(key(tokens, start, start + 2));
        }
        int hyphen = w.indexOf('-');
        return hyphen > 0 && end - start >= 2 && EVALUATIVE.contains(w.substring(0, hyphen))
                && (w.endsWith("-quality") || w.endsWith("ed"));
    }

    /**
     * Whether the token at i, read by the tagger as a noun starting a phrase, is a verb by its context: it
     * follows a modal, "to", "not" or a subject pronoun ("should progress plans", "to share information",
     * "who hold children"), or a manner adverb ("rigorously progress plans"; not a focusing one:
     * "particularly care leavers"), is singular and has a noun phrase after it, which would be its object.
     * A term of the trade starting there ("care leavers") is left alone.
     */
    private static boolean verbInContext(String[] tokens, String[] tags, int i) {
        if (i == 0 || i + 1 >= tokens.length || !tags[i].startsWith("NOUN") || plural(tokens[i], tags[i])
                || !nominal(tokens[i + 1], tags[i + 1]) || acronym(tokens[i])) {
            return false;
        }
        String before = tokens[i - 1].toLowerCase(Locale.ROOT);
        boolean verbContext = BEFORE_VERB.contains(before) && !tags[i - 1].startsWith("ADP")
                || before.endsWith("ly") && tags[i - 1].startsWith("ADV") && !FOCUSING.contains(before);
        return verbContext && !domainTerm(key(tokens, i, i + 2)) && !startsTerm(tokens, i);
    }

    /**
     * The end of a list of three to five bare nouns starting at token i ("education, employment or
     * training"): single nouns separated by commas, the last after "and" or "or", with no noun before the
     * first or after the last (which would make them modifiers: "education, health and care plans"); or -1.
     */
    static int bareList(String[] tokens, String[] tags, int i) {
        if (i > 0 && nominal(tokens[i - 1], tags[i - 1])) {
            return -1;
        }
        int members = 1;
        int k = i;
        while (true) {
            if (!noun(tokens[k], tags[k]) || acronym(tokens[k])) {
                return -1;
            }
            if (k + 2 >= tokens.length) {
                return -1;
            }
            String sep = tokens[k + 1];
            if (sep.equals(",") && !conjunction(tokens[k + 2])) {
                k += 2;
            } else if (conjunction(sep) || sep.equals(",") && k + 3 < tokens.length) {
                int last = sep.equals(",") ? k + 3 : k + 2;
                members++;
                boolean bare = last < tokens.length && noun(tokens[last], tags[last]) && !acronym(tokens[last])
                        && (last + 1 >= tokens.length || !nominal(tokens[last + 1], tags[last + 1]));
                return bare && members >= 3 ? last + 1 : -1;
            } else {
                return -1;
            }
            if (++members > 5) {
                return -1;
            }
        }
    }

    /**
     * Whether a bare list names things rather than people or generalities: at most one member is boilerplate
     * or a generic word ("education, health and care", "views, wishes and feelings"; not "children, parents
     * and carers", "quality, consistency and timeliness").
     */
    private static boolean namesThings(String[] tokens, int from, int to) {
        int general = 0;
        for (int k = from; k < to; k++) {
            String w = singular(tokens[k].toLowerCase(Locale.ROOT));
            if (Character.isLetter(w.charAt(0)) && !conjunction(w) && (STOP.contains(w) || GENERIC.contains(w))) {
                general++;
            }
        }
        return general <= 1;
    }

    /** A list's normalised form: "education, employment or training" (a comma after its word). */
    private static String listKey(String[] tokens, int from, int to) {
        return key(tokens, from, to).replace(" ,", ",");
    }

    /**
     * Whether the conjunct at token k ends a list ("management oversight, assessment and child
     * protection"): a comma before it. Its "and" then joins the list's last two items, not one name.
     */
    private static boolean listEnd(String[] tokens, int k) {
        return k > 0 && tokens[k - 1].equals(",");
    }

    /** Whether a term of the trade of two to four words starts at token i. */
    private static boolean startsTerm(String[] tokens, int i) {
        for (int k = i + 2; k <= Math.min(tokens.length, i + 4); k++) {
            if (domainTerm(key(tokens, i, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of the longest term of the trade of two to four words starting at token i and ending in a
     * word the tagger read as a noun or a verb's base form ("early help"; not "too long", "clearly recorded"), or 0.
     */
    private static int termAt(String[] tokens, String[] tags, int i) {
        for (int k = Math.min(tokens.length, i + 4); k >= i + 2; k--) {
            if (nounLike(tokens[k - 1], tags[k - 1]) && domainTerm(key(tokens, i, k))) {
                return k - i;
            }
        }
        return 0;
    }

    /** A noun, or a verb's base form the tagger may have given a noun ("help" in "early help"). */
    private static boolean nounLike(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return noun(token, tag) || tag.startsWith("VERB") && !w.endsWith("ed") && !w.endsWith("en")
                && !w.endsWith("ing");
    }

    /**
     * Words that carry a phrase on where the tagger would end it: "children in need meeting" and "looked
     * after children" are single terms of the trade. Returns how many tokens at {@code k} to take.
     */
    private static int bridge(String[] tokens, String[] tags, int k) {
        if (k > 0 && k + 2 < tokens.length && tokens[k].equalsIgnoreCase("in") && tokens[k + 1].equalsIgnoreCase("need")
                && (tokens[k - 1].equalsIgnoreCase("children") || tokens[k - 1].equalsIgnoreCase("child"))) {
            return 2;
        }
        if (k + 2 < tokens.length && tokens[k].equalsIgnoreCase("looked") && tokens[k + 1].equalsIgnoreCase("after")
                && noun(tokens[k + 2], tags[k + 2])) {
            return 2;
        }
        return 0;
    }

    /** "the new chief executive", tagged as adjectives: a run that ends in a term of the trade ends there. */
    private static boolean endsInTerm(String[] tokens, int from, int to) {
        for (int k = Math.max(from, to - 3); k < to - 1; k++) {
            if (domainTerm(key(tokens, k, to))) {
                return true;
            }
        }
        return false;
    }

    private static boolean conjunction(String token) {
        return token.equalsIgnoreCase("and") || token.equalsIgnoreCase("or");
    }

    private boolean established(String key) {
        return documentFrequency.getOrDefault(key.toLowerCase(Locale.ROOT), 0) >= ESTABLISHED;
    }

    private static boolean plural(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return tag.startsWith("NOUN") && (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is") || w.equals("children") || w.equals("people"));
    }

    private static boolean modifierOnly(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return tag.startsWith("ADJ") || tag.startsWith("VERB") || w.endsWith("ing") || w.endsWith("ed") && !w.endsWith("eed");
    }

    /** Tokens inside a given name, and capitalised words running on from it ("Manchester City Council"). */
    private boolean[] markNames(String[] tokens) {
        boolean[] named = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            List<String[]> cands = names.get(tokens[i]);
            if (cands == null) {
                continue;
            }
            for (String[] n : cands) {
                if (i + n.length <= tokens.length && matches(tokens, i, n)) {
                    int k = i;
                    while (k < i + n.length || k < tokens.length && Character.isUpperCase(tokens[k].charAt(0))) {
                        named[k++] = true;
                    }
                    break;
                }
            }
        }
        return named;
    }

    private static boolean matches(String[] tokens, int at, String[] name) {
        for (int k = 0; k < name.length; k++) {
            if (!tokens[at + k].equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short form in brackets abbreviates the phrase before it (Schwartz and Hearst's test): two
     * to ten capitals (a lower-case 's' allowed), the first the first letter of the phrase, every letter
     * found in the phrase in order.
     */
    static boolean abbreviates(String shortForm, String longForm) {
        if (shortForm.length() < 2 || shortForm.length() > 10 || !Character.isUpperCase(shortForm.charAt(0))
                || !shortForm.chars().allMatch(c -> Character.isUpperCase(c) || c == 's' || c == '&')) {
            return false;
        }
        String abbr = shortForm.toLowerCase(Locale.ROOT).replace("&", "");
        String lf = longForm.toLowerCase(Locale.ROOT);
        if (lf.isEmpty() || lf.charAt(0) != abbr.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int k = 1; k < abbr.length(); k++) {
            at = lf.indexOf(abbr.charAt(k), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * The normalised form of tokens [from, to): lower case (a word written in capitals keeps them),
     * typographic apostrophes made ASCII, last word singular.
     */
    private static String key(String[] tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            String w = word(tokens[k]);
            key.append(k == to - 1 && !acronym(w) ? singular(w) : w);
        }
        return key.toString();
    }

    /** A word as keys write it: lower case unless an abbreviation in capitals, apostrophes made ASCII. */
    private static String word(String token) {
        String t = token.replace('’', '\'');
        return acronym(t) ? t : t.toLowerCase(Locale.ROOT);
    }

    /** "MASH", "CAMHS", "IROs": two or more capitals, perhaps a plural 's'. */
    static boolean acronym(String t) {
        int caps = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (!(c == 's' && k == t.length() - 1)) {
                return false;
            }
        }
        return caps >= 2;
    }

    /** Whether every conjunct of a coordinated phrase is boilerplate ({@link #STOP}). */
    private static boolean boilerplateOnly(String key) {
        String[] parts = key.split(" (?:and|or) ");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!STOP.contains(p) && !STOP.contains(singular(p))) {
                return false;
            }
        }
        return true;
    }

    private static void dropCandidateEndingAt(List<Candidate> out, int end) {
        if (!out.isEmpty() && out.get(out.size() - 1).span().end() == end) {
            out.remove(out.size() - 1);
        }
    }

    /** A candidate made from a coordination: the key is already normalised; it passes the same stop list. */
    private static void addCandidate(List<Candidate> out, String key, int start, int end) {
        if (!STOP.contains(key.toLowerCase(Locale.ROOT))) {
            out.add(new Candidate(key, start, end));
        }
    }

    private void addCandidate(List<Candidate> out, String[] tokens, String[] tags, Span[] spans, int from, int to) {
        while (from < to && conjunction(tokens[from])) {
            from++;
        }
        if (to - from > 6 || from == to) {
            return;
        }
        String s = key(tokens, from, to);
        String lower = s.toLowerCase(Locale.ROOT);
        if (boilerplateOnly(lower)) {
            return; // "children or young people", "parents and carers"
        }
        boolean compound = to - from == 1 && lower.indexOf('-') > 0 && lower.indexOf('-') < lower.length() - 1;
        if (to - from == 1 && lower.endsWith("ing") && !compound && !domainTerm(lower)) {
            return; // a lone gerund ("ensuring", "running") is an action, not a topic; "auditing" is a term
        }
        if (STOP.contains(lower) || lower.length() < 3 || !lower.matches(".*[a-z].*")) {
            return;
        }
        if (to - from == 1 && !acronym(tokens[from]) && !compound
                && (!domainTerm(lower) || EVALUATIVE.contains(lower))) {
            // a single word is a keyword only as a term of the trade ("neglect", "caseload", "MASH") or a
            // compound written with hyphens ("decision-making", "co-production")
            return;
        }
        String head = lower.substring(lower.lastIndexOf(' ') + 1);
        if (LIGHT.contains(head) && to - from >= 2) {
            if (!noun(tokens[to - 2], tags[to - 2]) && (to < 3 || bridge(tokens, tags, to - 3) == 0)) {
                return; // "strategic area", "leisure and social activity": nothing named before the head
            }
            // "child in need basis", "multi-agency audit process", "core area": the head only says "an aspect
            // of" the noun before it, which is the keyword if it is one on its own
            addCandidate(out, tokens, tags, spans, from, to - 1);
            return;
        }
        if (GENERIC.contains(head)) {
            boolean nounBefore = false;
            for (int k = from; k < to - 1 && !nounBefore; k++) {
                nounBefore = noun(tokens[k], tags[k]);
            }
            if (!nounBefore && (to - from == 1 || !domainTerm(lower) && !(to - from >= 3 && nounLike(tokens[to - 2], tags[to - 2])
                    && domainTerm(key(tokens, from, to - 1))))) {
                // "response", "responsive service", "short period": a generic head needs a noun to say what it
                // is about, unless adjective and head are a term of the trade ("early help")
                return;
            }
        }
        if (acronym(tokens[to - 1]) && tokens[to - 1].endsWith("s")) {
            s = s.substring(0, s.length() - 1); // "IROs" → "IRO"
        }
        out.add(new Candidate(s, spans[from].getStart(), spans[to - 1].getEnd()));
    }

    /** "life-story", "long-term": a hyphen with no space either side joins its neighbours into one token. */
    static Span[] joinHyphenated(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int k = 0; k < spans.length; k++) {
            Span cur = spans[k];
            // pieces that touch a hyphen with no space between are one word: "face-to-face", which the
            // tokenizer gives as "face", "-", "to-", "face"; "outcome-" "focused"
            while (k + 1 < spans.length && spans[k + 1].getStart() == cur.getEnd()) {
                Span next = spans[k + 1];
                if (next.length() == 1 && text.charAt(next.getStart()) == '-') {
                    if (k + 2 >= spans.length || spans[k + 2].getStart() != next.getEnd()) {
                        break;
                    }
                    cur = new Span(cur.getStart(), spans[k + 2].getEnd());
                    k += 2;
                } else if ((text.charAt(cur.getEnd() - 1) == '-' || text.charAt(next.getStart()) == '-')
                        && Character.isLetterOrDigit(text.charAt(next.getEnd() - 1))) {
                    cur = new Span(cur.getStart(), next.getEnd());
                    k++;
                } else {
                    break;
                }
            }
            out.add(cur);
        }
        return out.toArray(new Span[0]);
    }

    private static boolean nominal(String token, String tag) {
        if (!Character.isLetterOrDigit(token.charAt(0))) {
            return false;
        }
        if (VERBS.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return noun(token, tag) || tag.startsWith("ADJ");
    }

    private static boolean noun(String token, String tag) {
        if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
            return !token.contains("'") && !token.contains("’");
        }
        // the tagger calls some nouns prepositions ("oversight/ADP"): trust the word, not the tag
        return tag.startsWith("ADP") && token.length() > 4 && !PREPOSITIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * Nouns that end in s but have no singular: school subjects and fields ("mathematics" is not the plural of
     * "mathematic"), and "humanities" as a subject.
     */
    private static final Set<String> NO_SINGULAR = Set.of("mathematics", "maths", "physics", "economics",
            "politics", "ethics", "phonics", "athletics", "gymnastics", "linguistics", "electronics", "logistics",
            "dynamics", "classics", "robotics", "genetics", "humanities");

    /** A word's singular: "plans" → "plan", "agencies" → "agency", "processes" → "process". */
    public static String singular(String w) {
        if (w.equals("children")) {
            return "child";
        }
        if (NO_SINGULAR.contains(w)) {
            return w;
        }
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The ranked keywords of a text. */
    public List<Keyword> keywords(String text) {
        Analysis a = analyse(text, WINDOW);
        return rank(a.candidates(), a.abbreviations(), text);
    }

    List<Keyword> rank(List<Candidate> candidates, Map<String, String> abbreviations, String text) {
        Map<String, List<uk.ofstedextract.text.Span>> spans = new LinkedHashMap<>();
        Map<String, String> shortForms = new HashMap<>();
        for (Candidate c : candidates) {
            String key = abbreviations.getOrDefault(c.key(), c.key());
            if (!key.equals(c.key())) {
                shortForms.put(key, c.key());
            }
            spans.computeIfAbsent(key, k -> new ArrayList<>()).add(c.span());
        }
        Map<String, Double> raw = new HashMap<>();
        double max = 0;
        for (var e : spans.entrySet()) {
            int words = e.getKey().split(" ").length;
            double s = e.getValue().size() * weight(e.getKey()) * (1 + 0.5 * (words - 1));
            raw.put(e.getKey(), s);
            max = Math.max(max, s);
        }
        List<Keyword> out = new ArrayList<>();
        for (var e : spans.entrySet()) {
            double score = max == 0 ? 0 : raw.get(e.getKey()) / max;
            if (score >= MIN_SCORE) {
                List<uk.ofstedextract.text.Span> where = e.getValue();
                where.sort(Comparator.comparingInt(uk.ofstedextract.text.Span::start));
                uk.ofstedextract.text.Span first = where.get(0);
                String surface = text == null ? null : text.substring(first.start(), first.end());
                out.add(new Keyword(e.getKey(), surface, shortForms.get(e.getKey()),
                        Math.round(score * 1000) / 1000.0, where));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.size() > MAX_KEYWORDS ? List.copyOf(out.subList(0, MAX_KEYWORDS)) : out;
    }

    /** An established phrase (a term of the trade, not a one-off parse) counts double. */
    double weight(String key) {
        return established(key) ? 2 : 1;
    }
}

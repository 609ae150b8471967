package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import uk.ofstedextract.nlp.KeywordTagger.Candidate;

import static uk.ofstedextract.nlp.Lexicon.EVALUATIVE;
import static uk.ofstedextract.nlp.Lexicon.GENERIC;
import static uk.ofstedextract.nlp.Lexicon.LIGHT;
import static uk.ofstedextract.nlp.Lexicon.ORGANISED;
import static uk.ofstedextract.nlp.Lexicon.PEOPLE;
import static uk.ofstedextract.nlp.Lexicon.STOP;
import static uk.ofstedextract.nlp.Lexicon.acronym;
import static uk.ofstedextract.nlp.Lexicon.domainTerm;
import static uk.ofstedextract.nlp.Lexicon.key;
import static uk.ofstedextract.nlp.Lexicon.listKey;
import static uk.ofstedextract.nlp.Lexicon.word;
import static uk.ofstedextract.nlp.PhraseRules.abbreviates;
import static uk.ofstedextract.nlp.PhraseRules.bareList;
import static uk.ofstedextract.nlp.PhraseRules.boilerplateOnly;
import static uk.ofstedextract.nlp.PhraseRules.bridge;
import static uk.ofstedextract.nlp.PhraseRules.conjunction;
import static uk.ofstedextract.nlp.PhraseRules.endsInTerm;
import static uk.ofstedextract.nlp.PhraseRules.finiteVerb;
import static uk.ofstedextract.nlp.PhraseRules.genitive;
import static uk.ofstedextract.nlp.PhraseRules.gerundModifier;
import static uk.ofstedextract.nlp.PhraseRules.grading;
import static uk.ofstedextract.nlp.PhraseRules.listEnd;
import static uk.ofstedextract.nlp.PhraseRules.lowerLetters;
import static uk.ofstedextract.nlp.PhraseRules.modifierOnly;
import static uk.ofstedextract.nlp.PhraseRules.namesThings;
import static uk.ofstedextract.nlp.PhraseRules.nominal;
import static uk.ofstedextract.nlp.PhraseRules.noun;
import static uk.ofstedextract.nlp.PhraseRules.nounLike;
import static uk.ofstedextract.nlp.PhraseRules.placeName;
import static uk.ofstedextract.nlp.PhraseRules.plural;
import static uk.ofstedextract.nlp.PhraseRules.properName;
import static uk.ofstedextract.nlp.PhraseRules.termAt;
import static uk.ofstedextract.nlp.PhraseRules.termEndWithin;
import static uk.ofstedextract.nlp.PhraseRules.termWithOf;
import static uk.ofstedextract.nlp.PhraseRules.verbAfterPeople;
import static uk.ofstedextract.nlp.PhraseRules.verbAfterTo;
import static uk.ofstedextract.nlp.PhraseRules.verbInContext;

/**
 * Candidate extraction for {@link KeywordTagger}: tokenizes and tags one window of text and walks it for
 * runs of nouns and adjectives, applying the {@link PhraseRules} (names, lists, coordination, verbs in
 * context, light and generic heads) and cutting runs that are not established phrases of the background.
 * Also {@link #phrases}, every noun-phrase word sequence, which the background counts.
 * <p>Thread-safe: one tokenizer and tagger per thread over the shared models.
 */
final class NounPhrases {
    private final Map<String, Integer> documentFrequency;
    /** Names not to take as keywords, as token sequences, by first token. */
    private final Map<String, List<String[]>> names;

    /** The words in "-ing" that head a phrase of the background ({@link #ingHeads(Map)}). */
    private final Set<String> ingHeads;

    NounPhrases(Map<String, Integer> documentFrequency, Map<String, List<String[]>> names,
                Set<String> ingHeads) {
        this.documentFrequency = documentFrequency;
        this.names = names;
        this.ingHeads = ingHeads;
    }

    Set<String> ingHeads() {
        return ingHeads;
    }

    /**
     * The words in "-ing" that are the last word of a phrase of two words or more in the background ("care
     * planning", "staff training", "private fostering", "supported housing"): English uses them as nouns, heads of
     * noun phrases. A gerund that heads none ("achieving", "securing", "reducing", "placing") is a verb form,
     * whatever the tagger calls it: the background counts the tagger's misreadings ("achieving permanence") as
     * phrases, but a misreading puts no modifier before the verb.
     */
    static Set<String> ingHeads(Map<String, Integer> documentFrequency) {
        Set<String> out = new java.util.HashSet<>();
        for (String k : documentFrequency.keySet()) {
            int space = k.lastIndexOf(' ');
            if (space > 0 && k.endsWith("ing")) {
                out.add(k.substring(space + 1));
            }
        }
        return Set.copyOf(out);
    }

    private static final ThreadLocal<WordTokenizer> TOKENIZER =
            ThreadLocal.withInitial(WordTokenizer::standard);

    private static final ThreadLocal<GreedyPosTagger> TAGGER =
            ThreadLocal.withInitial(GreedyPosTagger::standard);

    /** The candidates of a text and the abbreviations it defines (short form → normalised long form). */
    record Analysis(List<Candidate> candidates, Map<String, String> abbreviations) {
    }

    /** The longest phrase {@link #phrases} counts, in words. */
    static final int MAX_PHRASE = 5;
    /** The longest keyword, in tokens (a longer run is a misparse or a clause). */
    static final int MAX_WORDS = 6;

    /**
     * Every word sequence of a text that reads as a noun phrase, in normalised form, whatever the keyword
     * rules make of it: each stretch of up to {@value #MAX_PHRASE} tokens inside a run of nouns and
     * adjectives (and "and"/"or" between them) that ends in a noun and starts with neither a conjunction nor
     * a determiner. What the background ({@code BackgroundBuilder}) counts, so that "established" means
     * "written as a noun phrase in several findings", independent of how the candidates are cut.
     */
    public Set<String> phrases(String text) {
        Span[] spans = joinHyphenated(TOKENIZER.get().tokenizePos(text), text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TAGGER.get().tag(tokens);
        Set<String> out = new java.util.HashSet<>();
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

    /**
     * The forms of an establishment's name to leave out, as tokens ({@link KeywordTagger#withOwnName}): the name
     * without a leading "The", and each of its prefixes of two tokens or more that ends in a word written with a
     * capital ("Hollins Park", not "Hollins Park of").
     */
    static List<String[]> nameForms(String name) {
        String n = name.strip();
        if (n.startsWith("The ")) {
            n = n.substring(4).strip();
        }
        Span[] spans = joinHyphenated(TOKENIZER.get().tokenizePos(n), n);
        String[] tokens = Span.spansToStrings(spans, n);
        List<String[]> out = new ArrayList<>();
        for (int k = 2; k <= tokens.length; k++) {
            if (Character.isUpperCase(tokens[k - 1].charAt(0)) && Character.isUpperCase(tokens[0].charAt(0))) {
                out.add(java.util.Arrays.copyOf(tokens, k));
            }
        }
        return out;
    }

    Analysis analyseWindow(String text) {
        Span[] spans = joinHyphenated(TOKENIZER.get().tokenizePos(text), text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TAGGER.get().tag(tokens);
        boolean[] named = names.isEmpty() ? new boolean[tokens.length] : markNames(tokens);
        boolean[] fixed = PhraseRules.idiomWords(tokens);
        Map<String, String> abbreviations = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        int lastRunStart = -1;
        int lastRunEnd = -1;
        int i = 0;
        while (i < tokens.length) {
            if (fixed[i]) {
                // "for example", "in place", "taking into account": the noun of a fixed phrase is no keyword
                lastRunStart = -1;
                i++;
                continue;
            }
            // "EHC plan reviews", "to EHC plan reviews": an abbreviation that starts a term of the trade ("EHC plan") is
            // that term's modifier, a noun whatever the tagger calls it, not a name standing alone
            int acronymTerm = !named[i] && acronym(tokens[i]) && i + 1 < tokens.length && lowerLetters(tokens[i + 1])
                    ? termAt(tokens, tags, i) : 0;
            int name = acronymTerm > 0 ? i : properName(tokens, tags, named, i);
            if (name > i && placeName(tokens, i, name)) {
                // "pupils at Hawthorn Lane Primary School": a place's name is no keyword, nor any part of it
                lastRunStart = -1;
                i = name;
                continue;
            }
            if (name > i) {
                // "the Children Awaiting Adoption Team", "the Framework for Participation": a team, service or
                // initiative is named as a whole, never in parts
                int before = out.size();
                if (name - i > MAX_WORDS) {
                    // a long name its short form defines: one keyword, whatever its length
                    out.add(new Candidate(key(tokens, i, name), spans[i].getStart(), spans[name - 1].getEnd()));
                } else {
                    addCandidate(out, tokens, tags, spans, i, name);
                    numbered(out, before, tokens, tags, spans, name, true);
                }
                defineAbbreviation(out, before, tokens, spans, name, text, abbreviations);
                lastRunStart = -1;
                i = name;
                continue;
            }
            if (reduplication(tokens, i)) {
                // "step by step", "year on year", "case by case": a noun said twice around a preposition is an adverb
                lastRunStart = -1;
                i += 3;
                continue;
            }
            int ofTerm = termWithOf(tokens, tags, named, i);
            if (ofTerm > i) {
                // "voice of the child", "edge of care": a term of the trade written with "of" is one keyword
                // in one normal form: its head is the first word, made singular, and so is its object's last word
                // ("changes of social workers" -> "change of social worker"; see ofKey)
                addCandidate(out, ofKey(tokens, i, i, ofTerm), spans[i].getStart(), spans[ofTerm - 1].getEnd());
                lastRunStart = -1;
                i = ofTerm;
                continue;
            }
            int genitive = genitive(tokens, tags, named, i);
            if (genitive > i) {
                // "registered children's homes", "the care leavers' service": a possessive that says whom a kind of
                // thing is for makes one compound with it
                addCandidate(out, key(tokens, i, genitive), spans[i].getStart(), spans[genitive - 1].getEnd());
                lastRunStart = -1;
                i = genitive;
                continue;
            }
            int conjuncts = named[i] || fixed[i] ? -1 : conjunctsSharingHead(out, tokens, tags, named, spans, i);
            if (conjuncts > 0) {
                // "health, therapeutic and educational support", "criminal or sexual exploitation": modifiers joined
                // before one head name as many things, one keyword each
                lastRunStart = -1;
                i = conjuncts;
                continue;
            }
            int modifiers = named[i] ? -1 : sharedHeadList(tokens, tags, i);
            if (modifiers > 0) {
                // "social, emotional and mental health needs", "education, health and care services": a comma list
                // of modifiers shares the head after its last conjunct, one keyword as its bracketed form would be
                int before = out.size();
                addCandidate(out, listKey(tokens, i, modifiers), spans[i].getStart(), spans[modifiers - 1].getEnd());
                defineAbbreviation(out, before, tokens, spans, modifiers, text, abbreviations);
                lastRunStart = -1;
                i = modifiers;
                continue;
            }
            int list = named[i] ? -1 : bareList(tokens, tags, i);
            int headed = list > 0 ? bracketedHead(out, tokens, tags, spans, i, list, text, abbreviations) : -1;
            if (headed > 0) {
                lastRunStart = -1;
                i = headed; // "education, health and care (EHC) plans"
                continue;
            }
            if (list > 0 && established(listKey(tokens, i, list)) && namesThings(tokens, i, list)) {
                // "education, employment or training", "education, health and care": a fixed list of bare
                // nouns, written so in many findings, is one keyword, not its first or last word
                addCandidate(out, listKey(tokens, i, list), spans[i].getStart(), spans[list - 1].getEnd());
                lastRunStart = -1;
                i = list;
                continue;
            }
            boolean gerund = gerundModifier(tokens, tags, named, i);
            // (a run never starts with a preposition: "in care" after "children" belongs to them, or to nothing)
            int bridged = acronymTerm > 0 ? acronymTerm : tokens[i].equalsIgnoreCase("in") ? 0 : bridge(tokens, tags, i);
            if (bridged == 0 && !named[i] && tags[i].startsWith("ADV")) {
                // "early help services": a term of the trade starts the run even where the tagger calls its
                // first word an adverb and the next a verb
                bridged = termAt(tokens, tags, i);
            } else if (bridged == 0 && !named[i] && (tags[i].startsWith("VERB") || verbNext(tags, i))) {
                // "Return home interviews", "children missing education", "independent reviewing officers", "local
                // authority designated officer": a compound term of the trade of three words or more, nouns and
                // modifiers only, starts the run where the tagger calls its first word a verb, or one of the next two
                // (which would end the run inside the term); a shorter term or one with a preposition or "and" is as
                // often a verb and its object ("share information", "come into care", "track and analyse data")
                int t = termAt(tokens, tags, i);
                bridged = t >= 3 && contentOnly(tags, i, i + t) || t == 2 && participleModifier(tokens, tags, i) ? t : 0;
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
                if (b > 0 && j + b < tokens.length && nominal(tokens[j + b], tags[j + b]) && !fixed[j + b]) {
                    j += b;
                } else if (!named[j] && !fixed[j] && nominal(tokens[j], tags[j]) && !reduplication(tokens, j)
                        && !PhraseRules.gradeAfterNoun(tokens, tags, j) && !PhraseRules.clauseAfterGeneric(tokens, tags, j)
                        && !(j + 1 < tokens.length
                        && tokens[j + 1].equals(",") && sharedHeadList(tokens, tags, j) > 0)) {
                    // (a list of modifiers sharing a head is a phrase of its own: "pupils study personal, social…"; a
                    // grading word after a noun opens the next phrase: "cases evidence good identification"; people after
                    // a generic noun open a clause: "the time children wait")
                    j++;
                } else {
                    break;
                }
            }
            int ofEnd = j - i >= 2 && j < tokens.length ? termWithOf(tokens, tags, named, j - 1) : -1;
            if (ofEnd > j && tokens[j].equalsIgnoreCase("of") && !STOP.contains(key(tokens, i, j - 1))
                    && !domainTerm(key(tokens, i, j))) {
                // "the statutory director of children's services", "the interim director of children's services": a
                // term of the trade written with "of" keeps the modifiers before its head, which say what kind of it
                // is meant (a grading word still goes: "frequent changes of social worker"); where the run is a term
                // itself, it is the keyword ("management oversight of practice" stays "management oversight")
                int s2 = i;
                while (s2 < j - 1 && (grading(tokens, s2, ofEnd) || participle(tokens[s2]))) {
                    s2++; // and a participle, which says how it was done or made ("a balanced analysis of risk")
                }
                addCandidate(out, ofKey(tokens, s2, j - 1, ofEnd), spans[s2].getStart(), spans[ofEnd - 1].getEnd());
                lastRunStart = -1;
                i = ofEnd;
                continue;
            }
            // runs end in a noun: drop trailing adjectives, and a last word that acts as a verb
            // (followed by a determiner: "the service promotes the ...")
            int end = j;
            if (j < tokens.length && (j - i >= 1 && tags[j].startsWith("DET") || j - i >= 2 && verbBeforeParticle(tokens, tags, j - 1))) {
                end--;
            }
            while (end > i && !noun(tokens[end - 1], tags[end - 1]) && !endsInTerm(tokens, i, end)) {
                end--;
            }
            int start = i;
            boolean completeConjunct = i >= 4 && conjunction(tokens[i - 1]) && bridge(tokens, tags, i - 3) == 2
                    && tokens[i - 2].equalsIgnoreCase("need");
            if (completeConjunct && end - i >= 2 && plural(tokens[end - 1], tags[end - 1])) {
                // "child in need and child protection plans": a conjunct ended by its postmodifier ("in need") is a
                // phrase of its own and takes no word of the next; where the head is shared, as with two modifiers of
                // one plural head ("initial and core assessments"), it is a keyword with that head too
                String shared = "child in need " + key(tokens, end - 1, end);
                if (domainTerm(shared) || established(shared)) {
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                    addCandidate(out, shared, spans[i - 4].getStart(), spans[end - 1].getEnd());
                }
            }
            if (!completeConjunct && end - i >= 2 && i >= 2 && conjunction(tokens[i - 1]) && nominal(tokens[i - 2], tags[i - 2])
                    && !named[i - 2] && !fixed[i - 2] && !verbAfterTo(tokens, tags, i, TAGGER.get())) {
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
                int termEnd = domainTerm(whole) ? end : termEndWithin(tokens, i - 2, i + 1, end);
                if (termEnd > 0 && end - (i - 2) > MAX_WORDS) {
                    end = termEnd; // "core child and adolescent mental health services team": too long, the term
                }
                boolean oneName = termEnd > 0
                        || established(whole) && !listEnd(tokens, i - 2) && sharesHead(tokens, i - 2, i, end);
                Candidate first = alone || out.isEmpty() ? null : out.get(out.size() - 1);
                if (first != null && (first.span().end() != spans[i - 2].getEnd()
                        || first.span().start() == spans[i - 2].getStart() || first.key().indexOf(' ') < 0)) {
                    first = null;
                }
                String firstShared = first == null ? null : first.key() + " " + key(tokens, i + 1, end);
                int firstStart = i - 2;
                while (first != null && firstStart > 0 && spans[firstStart].getStart() > first.span().start()) {
                    firstStart--;
                }
                String firstWhole = key(tokens, firstStart, end);
                boolean firstSharing = first != null && plural(tokens[end - 1], tags[end - 1]) && domainTerm(firstShared);
                boolean firstName = first != null && domainTerm(firstWhole) && end - firstStart <= MAX_WORDS;
                boolean firstApart = first != null && established(first.key())
                        && (domainTerm(first.key()) || !established(firstShared))
                        && df(first.key()) >= OBJECT_RATIO * Math.max(1, df(firstWhole));
                if (!repeated && termEnd <= 0 && (firstSharing || firstName || firstApart)) {
                    // "early help and statutory services", "child protection and child-in-need plans": the first
                    // conjunct is a phrase of its own with its modifiers; joining from its last word would cut them off
                    // ("help and statutory service"). It shares the head where the conjunct with the head is a term of
                    // the trade (two things: "child protection plan" and "child-in-need plan"); the whole coordination
                    // is one name where it is a term; and the two are apart where the first conjunct is written alone far
                    // more often than in this coordination ("early help" 647 findings, "early help and statutory
                    // services" 6) and is a term or does not take the head as an established phrase (not "local health
                    // and education services"). Otherwise ("family drug and alcohol court") the coordination is read as
                    // below.
                    if (firstSharing) {
                        out.remove(out.size() - 1);
                        addCandidate(out, firstShared, first.span().start(), spans[end - 1].getEnd());
                    } else if (firstName) {
                        out.remove(out.size() - 1);
                        start = firstStart;
                    }
                } else if (!repeated && !(sharable && adjectives) && oneName) {
                    // "health and wellbeing board", "child and adolescent mental health service": one name (a
                    // word said twice, "children in care and care leavers", makes two things)
                    start = i - 2;
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                } else if (sharable) {
                    // "initial and core assessments", "service and business plans": two things sharing a head
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                    addCandidate(out, shared, spans[i - 2].getStart(), spans[end - 1].getEnd());
                } else if (alone && !graded && !repeated && tokens[i - 1].equals("and") && !listEnd(tokens, i - 2)
                        && noun(tokens[i - 2], tags[i - 2]) && noun(tokens[i], tags[i])
                        && !plural(tokens[i - 2], tags[i - 2]) && sharesHead(tokens, i - 2, i, end)) {
                    // a singular noun and "and" before a longer run whose head it takes too: one name, as far as we
                    // can tell ("drug and alcohol misuse"; not "planning and management oversight")
                    start = i - 2;
                    dropCandidateEndingAt(out, spans[i - 2].getEnd());
                }
            } else if (end - i == 1 && i >= 3 && conjunction(tokens[i - 1]) && lastRunEnd == i - 1
                    && lastRunEnd - lastRunStart >= 2 && plural(tokens[i], tags[i])
                    && plural(tokens[i - 2], tags[i - 2]) && !PhraseRules.gradeAfterNoun(tokens, tags, i + 1)
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
            if (start == i && end - i >= 2 && verbAfterTo(tokens, tags, i, TAGGER.get()) && !domainTerm(key(tokens, i, end))
                    && (!established(key(tokens, i, end)) || end - i >= 3
                    && df(key(tokens, i + 1, end)) >= OBJECT_RATIO * df(key(tokens, i, end)))) {
                // "strategies to tackle child sexual exploitation", "… to account and challenge leaders": a verb
                // and its object, not a phrase, where the whole is no established phrase, or the object, of two words
                // or more, is written as a phrase of its own far more often than with the word before it (the
                // background counts the tagger's misreadings too: "tackle child sexual exploitation" 8 findings,
                // "child sexual exploitation" hundreds); "access to support services" stays
                start = i + 1;
                if (start + 1 < end && conjunction(tokens[start]) && verbAfterTo(tokens, tags, start + 1, TAGGER.get())) {
                    start += 2; // "to recruit and retain staff"
                }
            }
            if (start == i && end - i >= 2 && gerundClause(tokens, tags, i)) {
                // "delays in achieving permanence", "for placing children": a gerund after a preposition, with
                // its object; the object is the phrase
                start = i + 1;
            }
            lastRunStart = i;
            lastRunEnd = j;
            while (start < end && grading(tokens, start, end)) {
                start++;
                if (start + 1 < end && conjunction(tokens[start])) {
                    start++; // "serious and widespread failures": two grades joined are both dropped
                }
            }
            if (start == i && end - start >= 2 && verbAfterPeople(tokens, tags, start, end)) {
                start++; // "Pupils access physical education": the subject, outside the run, read as a verb
            }
            // a leading boilerplate phrase ("local authority promotes") says nothing about the topic
            int firstVerb = start + 1;
            for (int k = Math.min(end - 1, start + 2); k > start + 1; k--) {
                if (STOP.contains(key(tokens, start, k)) && termAt(tokens, tags, start) <= k - start) {
                    // (not where it opens a term: "local authority designated officer")
                    start = k;
                    // "Some children experience delays": the word after the boilerplate subject may be its verb
                    firstVerb = start;
                    break;
                }
            }
            for (int k = firstVerb; k < end; k++) {
                if (finiteVerb(tokens, tags, k, end, TAGGER.get()) || verbAfterPeople(tokens, tags, k, end)) {
                    // "the curriculum meets pupils' needs", "staff work extremely well": a subject and its verb
                    // are two things, not one phrase; the verb is neither
                    refine(out, tokens, tags, spans, start, k, gerund ? i : -1);
                    start = k + 1;
                }
            }
            if (start < end) {
                int before = out.size();
                refine(out, tokens, tags, spans, start, end, gerund ? i : -1);
                if (end == j) {
                    int after = bracketedHead(out, tokens, tags, spans, start, end, text, abbreviations);
                    if (after > 0) {
                        lastRunStart = -1;
                        i = after; // "social, emotional and mental health (SEMH) needs"
                        continue;
                    }
                    defineAbbreviation(out, before, tokens, spans, end, text, abbreviations);
                    numbered(out, before, tokens, tags, spans, end, false);
                }
            }
            i = Math.max(j, i + 1);
        }
        return new Analysis(out, abbreviations);
    }

    /**
     * Whether the word at {@code i} is a gerund taking the noun phrase after it as its object: a lower-case word in
     * "-ing" after a preposition ("in achieving permanence", "to improving outcomes", "for placing children"), or
     * after "and"/"or" joining it to such a gerund ("in identifying and reducing risk"), that heads no phrase of the
     * background ({@link #ingHeads(Map)}: not "planning", "training", "fostering", which are nouns: "at planning
     * meetings"), is no participle English uses as an adjective ({@link Lexicon#PARTICIPLE_ADJECTIVES}: "due to
     * competing demands", "of missing children") and starts no term of the trade. Without a background nothing is known, and nothing is cut.
     */
    private boolean gerundClause(String[] tokens, String[] tags, int i) {
        if (documentFrequency.isEmpty() || !ingVerb(tokens[i]) || i == 0 || !nominal(tokens[i + 1], tags[i + 1])
                || domainTerm(tokens[i]) || PhraseRules.startsTerm(tokens, i)) {
            return false;
        }
        String before = tokens[i - 1].toLowerCase(Locale.ROOT);
        return Lexicon.PREPOSITIONS.contains(before) && !tags[i - 1].startsWith("NOUN")
                || conjunction(before) && i >= 3 && ingVerb(tokens[i - 2])
                && Lexicon.PREPOSITIONS.contains(tokens[i - 3].toLowerCase(Locale.ROOT));
    }

    /** A lower-case word in "-ing" that heads no phrase of the background. */
    private boolean ingVerb(String token) {
        return token.length() > 5 && token.endsWith("ing") && lowerLetters(token)
                && !ingHeads.contains(token) && !Lexicon.PARTICIPLE_ADJECTIVES.contains(token);
    }

    /**
     * The end of a comma list of modifiers sharing one head, starting at token {@code i}, or -1: two or more single
     * words, each followed by a comma, then "and"/"or" and the last conjunct, two to four nouns and adjectives ending
     * in a noun, its head, which the earlier words modify too ("social, emotional and mental health needs",
     * "personal, social and health education", "spiritual, moral, social and cultural development", "education,
     * health and care services"). The earlier words must be modifiers, not items of a list of things: adjectives of
     * kind, which English forms in "-al" and "-ic" from nouns (not a grading word: "clear, concise and focused
     * plans" stays as it is) before a last conjunct that is itself an established phrase or a term ("mental health
     * need"; not "intellectual, physical and creative effort"), or singular nouns that make a list the background
     * holds as a fixed one ("education, health and care"; not "supervision, training and team meetings"); or the
     * whole is a term of the trade. A bracketed short form after the head is read by {@link #bracketedHead}; nothing
     * is read without a background.
     */
    private int sharedHeadList(String[] tokens, String[] tags, int i) {
        if (documentFrequency.isEmpty() || i > 0 && (tokens[i - 1].equals(",") || conjunction(tokens[i - 1]))) {
            return -1;
        }
        int k = i;
        boolean adjectives = kindAdjective(tokens[k], tags[k]);
        while (k + 1 < tokens.length && tokens[k + 1].equals(",")) {
            if (!(adjectives ? kindAdjective(tokens[k], tags[k]) : singularNoun(tokens[k], tags[k]))) {
                return -1;
            }
            k += 2;
            if (k < tokens.length && conjunction(tokens[k])) {
                break; // "social, emotional, and mental health"
            }
        }
        if (k - i < 2 || k + 2 >= tokens.length || k - i > 8) {
            return -1;
        }
        int conj = conjunction(tokens[k]) ? k : k + 1;
        if (!conjunction(tokens[conj]) || conj == k + 1 && !(adjectives ? kindAdjective(tokens[k], tags[k])
                : singularNoun(tokens[k], tags[k]))) {
            return -1;
        }
        int end = conj + 1;
        while (end < tokens.length && end - conj <= 4 && nominal(tokens[end], tags[end])) {
            end++;
        }
        while (end > conj + 1 && !noun(tokens[end - 1], tags[end - 1])) {
            end--;
        }
        boolean bracket = end < tokens.length && tokens[end].equals("(");
        if (end - conj < 3 || end < tokens.length && nominal(tokens[end], tags[end]) || bracket && (end + 2 >= tokens.length
                || !tokens[end + 2].equals(")") || end + 3 < tokens.length && nounLike(tokens[end + 3], tags[end + 3]))) {
            // no head after the last modifier, or a run going on, or a short form in brackets before the head
            // ("mental health (SEMH) needs"), which {@link #bracketedHead} reads
            return -1;
        }
        String head = tokens[end - 1];
        if (!adjectives && end < tokens.length && !plural(head, tags[end - 1]) && PhraseRules.possibleVerb(head)
                && TAGGER.get().verbEvidence(head) > 0 && (tags[end].startsWith("ADP") || tags[end].startsWith("ADV")
                || tags[end].startsWith("DET"))) {
            return -1; // "education, employment and training result in": the list is the subject, the word its verb
        }
        String last = key(tokens, conj + 1, end);
        boolean known = domainTerm(listKey(tokens, i, end))
                || (adjectives ? established(last) || domainTerm(last) : established(listKey(tokens, i, conj + 2)));
        return known ? end : -1;
    }

    /**
     * Heads of manner and degree that adjectives before them qualify as ways of doing something, not kinds of thing
     * ("at a strategic level", "an innovative approach", "a determined effort"): no coordination before them is shared.
     */
    private static final Set<String> MANNER_HEADS = Set.of("level", "way", "approach", "effort", "manner", "degree",
            "extent", "fashion");

    /** The longest head after the last of {@link #conjunctsSharingHead}'s conjuncts, in words. */
    private static final int SHARED_HEAD_WORDS = 2;

    /**
     * Modifiers joined by "and"/"or" (and commas) before one head, starting at token {@code i}: "health, therapeutic
     * and educational support", "criminal or sexual exploitation", "corporate and political support", "emotional and
     * mental health support". English shares the head among the conjuncts, so each conjunct with the head names a
     * thing of its own ("therapeutic support", "educational support"); each is a keyword, with the span from its own
     * first word to the head (the words between included, as for "child protection plan" of "child protection and
     * child-in-need plans"). Read so only where the coordination could be nothing else: every conjunct is one lower-case
     * word, no grading word and no plural noun (a plural is an item of a list of things: "clubs and trips"), after no
     * noun (which would make the first conjunct part of a longer compound), and of two conjuncts the first no noun
     * ("one-to-one support and group work"); the head is not one of manner or degree ({@link #MANNER_HEADS}, "at a
     * strategic and operational level") nor people an adjective describes ("enthusiastic and active children"); with a
     * generic head ({@link Lexicon#GENERIC}) only the conjuncts that are nouns or adjectives of kind give a keyword
     * ("health support", "therapeutic support"; not "enthusiastic commitment", "unmanaged risk"); the head is one or two nouns ending the
     * run; the whole is no term (a term is one name: "education, health and care plan", "health and wellbeing board"), nor,
     * with three conjuncts or more, an established phrase (a fixed list: "spiritual, moral, social and cultural
     * development"); nor are the conjuncts without the head an established phrase (nouns joined as one name: "referral and
     * assessment team", "drug and alcohol misuse"); and each conjunct with the head is an established phrase of the background, written at least as often as the
     * whole coordination ("health and social care", 54 findings against "health care" 5, is one name), or a term.
     * Returns the token after the head, having added the keywords, or -1 (nothing added).
     */
    private int conjunctsSharingHead(List<Candidate> out, String[] tokens, String[] tags, boolean[] named, Span[] spans,
                                     int i) {
        if (documentFrequency.isEmpty() || i > 0 && (nominal(tokens[i - 1], tags[i - 1])
                && !grading(tokens, i - 1, i) || tokens[i - 1].equals(",") || conjunction(tokens[i - 1])
                || tokens[i - 1].endsWith("'s") || tokens[i - 1].endsWith("’s"))) {
            return -1;
        }
        List<Integer> conjuncts = new ArrayList<>();
        int k = i;
        while (true) {
            if (k >= tokens.length || !sharedModifier(tokens, tags, named, k)) {
                return -1;
            }
            conjuncts.add(k);
            if (k + 1 < tokens.length && tokens[k + 1].equals(",")) {
                k += 2;
                if (k < tokens.length && conjunction(tokens[k])) {
                    k++; // "social, emotional, and mental"
                    break;
                }
            } else if (k + 1 < tokens.length && conjunction(tokens[k + 1])) {
                k += 2;
                break;
            } else {
                return -1;
            }
        }
        if (k >= tokens.length || !sharedModifier(tokens, tags, named, k)) {
            return -1;
        }
        conjuncts.add(k);
        int end = k + 1;
        while (end < tokens.length && end - k <= SHARED_HEAD_WORDS && !named[end]
                && noun(tokens[end], tags[end]) && !conjunction(tokens[end])) {
            end++;
        }
        if (end == k + 1 || end - k > SHARED_HEAD_WORDS || end < tokens.length && nominal(tokens[end], tags[end])
                && !tokens[end].equals("(")) {
            return -1; // no head, or a run going on ("health and social care services team")
        }
        if (end < tokens.length && tokens[end].equals("(")) {
            return -1; // a short form in brackets after the head is read by bracketedHead
        }
        String head = key(tokens, k + 1, end);
        String whole = key(tokens, i, end);
        if (domainTerm(whole) || domainTerm(listKey(tokens, i, end))
                || conjuncts.size() > 2 && (established(whole) || established(listKey(tokens, i, end)))
                || established(key(tokens, i, k + 1)) || established(listKey(tokens, i, k + 1))) {
            return -1;
        }
        String last = tokens[end - 1].toLowerCase(Locale.ROOT);
        String lastWord = Lexicon.singular(last);
        if (LIGHT.contains(lastWord) || MANNER_HEADS.contains(lastWord)) {
            return -1; // "at a strategic and operational level", "in an innovative and creative way"
        }
        if (conjuncts.size() == 2 && noun(tokens[i], tags[i]) && !kindAdjective(tokens[i], "ADJ")) {
            // "one-to-one support and group work": a noun before "and" is as often a thing of its own ("criminal or
            // sexual exploitation": a word with an adjective's ending of kind is read as one, whatever the tagger says)
            return -1;
        }
        List<String> keys = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        int wholeDf = df(whole);
        for (int c : conjuncts) {
            String shared = word(tokens[c]) + " " + head;
            boolean term = domainTerm(shared);
            if (!term && (!established(shared) || df(shared) < wholeDf)) {
                // not a phrase of its own, or the coordination is written more often than it ("health and social
                // care" 54 findings, "health care" 5): a fixed expression, one name
                return -1;
            }
            if (!term && !noun(tokens[c], tags[c]) && PEOPLE.contains(lastWord)) {
                return -1; // "enthusiastic and active children" describe people
            }
            if (term || !GENERIC.contains(lastWord) || noun(tokens[c], tags[c]) || kindAdjective(tokens[c], "ADJ")) {
                // a generic head needs a noun before it, as anywhere ("health support"), or here an adjective that
                // says what kind of it is meant ("therapeutic support"); another adjective ("enthusiastic commitment",
                // "unknown and unmanaged risk") gives no keyword
                keys.add(shared);
                kept.add(c);
            }
        }
        if (keys.isEmpty()) {
            return -1;
        }
        for (int c = 0; c < kept.size(); c++) {
            addCandidate(out, keys.get(c), spans[kept.get(c)].getStart(), spans[end - 1].getEnd());
        }
        return end;
    }

    /** A conjunct of {@link #conjunctsSharingHead}: one lower-case word, no grading word, no plural noun, no verb. */
    private static boolean sharedModifier(String[] tokens, String[] tags, boolean[] named, int k) {
        String w = tokens[k];
        return !named[k] && lowerLetters(w) && w.length() > 2 && !conjunction(w) && !EVALUATIVE.contains(w)
                && !plural(w, tags[k]) && !tags[k].startsWith("VERB") && !tags[k].startsWith("AUX")
                && !tags[k].startsWith("DET") && !tags[k].startsWith("ADP") && !tags[k].startsWith("ADV")
                && !tags[k].startsWith("PART") && !tags[k].startsWith("NUM") && !Lexicon.VERBS.contains(w);
    }

    /** An adjective of kind: lower case, in "-al" or "-ic" ("social", "emotional", "economic"), no grading word. */
    private static boolean kindAdjective(String token, String tag) {
        return tag.startsWith("ADJ") && lowerLetters(token)
                && (token.endsWith("al") || token.endsWith("ic")) && !EVALUATIVE.contains(token);
    }

    /**
     * Verbs whose noun reading rarely takes the preposition after them, with that preposition: "benefit from", "result
     * in", "contribute to", "rely on", "depend on", "lead to"; their third-person forms ("benefits", "relies") are read
     * back to these by {@link #verbBase}.
     */
    private static final Map<String, String> VERB_PARTICLES = Map.of("benefit", "from", "result", "in", "contribute", "to",
            "rely", "on", "depend", "on", "lead", "to");

    /** A verb's base from its third-person form ("relies" → "rely", "benefits" → "benefit"), or the word itself. */
    private static String verbBase(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    static boolean verbBeforeParticle(String[] tokens, String[] tags, int k) {
        String base = verbBase(tokens[k].toLowerCase(Locale.ROOT));
        String particle = VERB_PARTICLES.get(base);
        if (particle == null || k + 1 >= tokens.length || !tokens[k + 1].equals(particle)) {
            return false;
        }
        return !base.equals("lead") || k + 2 < tokens.length && !tags[k + 2].startsWith("VERB");
    }

    /** Prepositions between the two halves of a reduplicated adverb ("step by step", "day to day", "year on year"). */
    private static final Set<String> REDUPLICATING = Set.of("by", "to", "on", "after", "upon", "in", "for");

    /**
     * Whether a noun said twice around a preposition starts at token {@code i} ("step by step", "case by case", "day to
     * day", "year on year", "side by side", "time after time"): English uses the pattern as an adverb of manner or
     * frequency, never as a noun phrase, so the run before it ends there ("builds pupils' knowledge step by step" is
     * "knowledge", not "knowledge step") and the words are no keyword (written with hyphens, "step-by-step guide", they
     * are one word and modify the noun after them).
     */
    static boolean reduplication(String[] tokens, int i) {
        return i + 2 < tokens.length && lowerLetters(tokens[i]) && tokens[i].length() > 1
                && REDUPLICATING.contains(tokens[i + 1]) && tokens[i + 2].equals(tokens[i])
                && !(i + 3 < tokens.length && Character.isDigit(tokens[i + 3].charAt(0))); // "from entry level to level 3"
    }

    /** A lower-case singular noun ("education", "health"). */
    private static boolean singularNoun(String token, String tag) {
        return noun(token, tag) && !plural(token, tag) && lowerLetters(token);
    }

    /**
     * Whether the "-ing" word at {@code i}, first word of a term of two words, modifies the noun after that term rather
     * than taking the term's second word as its object: "the housing department and leaving care service", "a leaving
     * care team" (a participle of kind before a compound noun). Read so only where a noun follows the term and nothing
     * before the word could be its subject (no noun or pronoun: "young people leaving care services" stays as it was).
     */
    private static boolean participleModifier(String[] tokens, String[] tags, int i) {
        return tokens[i].endsWith("ing") && lowerLetters(tokens[i]) && i + 2 < tokens.length
                && noun(tokens[i + 2], tags[i + 2]) && tags[i + 1].startsWith("NOUN")
                && (i == 0 || !nominal(tokens[i - 1], tags[i - 1]) && !tags[i - 1].startsWith("PRON"));
    }

    /** A lower-case word in "-ed" or "-ing", hyphenated or not ("balanced", "on-going", "strengths-based"). */
    private static boolean participle(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return (w.endsWith("ed") && !w.endsWith("eed") || w.endsWith("ing")) && w.equals(token);
    }

    /** Whether the tagger calls one of the two tokens after {@code i} a verb. */
    private static boolean verbNext(String[] tags, int i) {
        return i + 1 < tags.length && tags[i + 1].startsWith("VERB") || i + 2 < tags.length && tags[i + 2].startsWith("VERB");
    }

    /** Whether the tokens [from, to) are all nouns, adjectives or verbs (no preposition, conjunction or particle). */
    private static boolean contentOnly(String[] tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(tags[k].startsWith("NOUN") || tags[k].startsWith("PROPN") || tags[k].startsWith("ADJ")
                    || tags[k].startsWith("VERB"))) {
                return false;
            }
        }
        return true;
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
            if (last.span().end() != spans[end - 1].getEnd()) {
                return;
            }
            if (abbreviates(shortForm, last.span().of(text))) {
                abbreviations.putIfAbsent(shortForm, last.key());
                return;
            }
            // "special educational needs and/or disabilities (SEND)": the short form abbreviates a coordination of
            // the phrases before it, which is then one keyword (the two phrases joined by their own words)
            int first = out.size() - 1;
            while (first > 0 && joinedByConjunction(out.get(first - 1), out.get(first), text)) {
                first--;
                Candidate from = out.get(first);
                String whole = text.substring(from.span().start(), last.span().end());
                if (abbreviates(shortForm, whole) && Character.toLowerCase(whole.charAt(0))
                        == Character.toLowerCase(shortForm.charAt(0))) {
                    StringBuilder key = new StringBuilder(from.key());
                    for (int k = first + 1; k < out.size(); k++) {
                        Candidate c = out.get(k);
                        String gap = text.substring(out.get(k - 1).span().end(), c.span().start()).strip();
                        key.append(gap.equals(",") ? ", " : " " + gap.toLowerCase(Locale.ROOT) + " ");
                        key.append(c.key());
                    }
                    String merged = key.toString().replace(" , ", ", ");
                    // the earlier phrases' heads keep the number written: only the last is made singular
                    merged = pluralHeads(merged, out, first, text);
                    while (out.size() > first) {
                        out.remove(out.size() - 1);
                    }
                    out.add(new Candidate(merged, from.span().start(), last.span().end()));
                    abbreviations.putIfAbsent(shortForm, merged);
                    return;
                }
            }
        }
    }

    /** Whether only "and", "or", "and/or" or a comma stand between two candidates. */
    private static boolean joinedByConjunction(Candidate a, Candidate b, String text) {
        if (a.span().end() > b.span().start()) {
            return false;
        }
        String gap = text.substring(a.span().end(), b.span().start()).strip();
        return gap.equals(",") || conjunction(gap) || gap.equals(", and") || gap.equals(", or");
    }

    /**
     * The merged key of a coordination with each earlier conjunct's last word as written ("special educational
     * needs and/or disability", not "special educational need and/or disability"): only a phrase's head is made
     * singular, and the coordination's head is its last word.
     */
    private static String pluralHeads(String merged, List<Candidate> out, int first, String text) {
        String result = merged;
        for (int k = first; k < out.size() - 1; k++) {
            Candidate c = out.get(k);
            String surface = c.span().of(text);
            String lastWritten = word(surface.substring(surface.lastIndexOf(' ') + 1));
            String lastKey = c.key().substring(c.key().lastIndexOf(' ') + 1);
            if (!lastWritten.equals(lastKey)) {
                String prefix = c.key().substring(0, c.key().length() - lastKey.length());
                result = result.replace(c.key() + " ", prefix + lastWritten + " ");
            }
        }
        return result;
    }

    /**
     * "key stage 3": a number straight after a singular noun phrase, and not itself the start of a longer phrase
     * (no noun or adjective after it), labels a numbered thing of a series, as English writes "Key Stage 2", "Part
     * 6", "Level 3": the number is part of its name, and the phrase without it is cut short. Read only where the
     * phrase is a term of the trade or an established phrase of two words or more, so that a number after a
     * one-off reading ("the year 2019") or a single word ("Year 6") makes no new keyword. A name written with
     * capitals ({@code name}: "Key Stage 1 children", "Key Stage 2 pupils") keeps its number before a noun too: the
     * number ends the name, and the noun starts a phrase of its own (in lower case, "the child protection conference
     * 15 days later", it is a count of the noun after it).
     */
    private void numbered(List<Candidate> out, int before, String[] tokens, String[] tags, Span[] spans, int end,
                          boolean name) {
        if (out.size() <= before || end >= tokens.length || !number(tokens[end])
                || end + 1 < tokens.length && (!name && nominal(tokens[end + 1], tags[end + 1])
                || tokens[end + 1].equals("%"))
                || end + 2 < tokens.length && (conjunction(tokens[end + 1]) || tokens[end + 1].equals(","))
                && number(tokens[end + 2])) {
            // "key stage 1 and 2 children": a list of numbers names the series, as a plural does
            return;
        }
        Candidate last = out.get(out.size() - 1);
        if (last.span().end() != spans[end - 1].getEnd() || last.key().indexOf(' ') < 0
                || plural(tokens[end - 1], tags[end - 1]) || !domainTerm(last.key()) && !established(last.key())) {
            return;
        }
        out.set(out.size() - 1, new Candidate(last.key() + " " + tokens[end], last.span().start(),
                spans[end].getEnd()));
    }

    /** A number of one or two digits: "3" in "key stage 3" (not a year, nor a count written large). */
    private static boolean number(String token) {
        return !token.isEmpty() && token.length() <= 2 && token.chars().allMatch(Character::isDigit);
    }

    /**
     * "education, health and care (EHC) plans", "social, emotional and mental health (SEMH) needs": an
     * abbreviation in brackets inside a noun phrase, with the head after it. The words before the bracket are then
     * the head's modifiers, no keyword of their own; the keyword is the whole phrase without the bracket
     * ("education, health and care plan"), its abbreviation the short form with the head ("EHC plan"). Where the
     * short form's first letter is that of a word before a comma list of modifiers ("social, emotional and mental
     * health"), the phrase starts there. Only a comma list is read so: a name before the bracket ("multi-agency risk
     * assessment conference (MARAC) arrangements") is a keyword of its own. Replaces the candidate ending before the
     * bracket; returns the token after the head, or -1 where there is no such bracket.
     */
    private int bracketedHead(List<Candidate> out, String[] tokens, String[] tags, Span[] spans, int start, int end,
                              String text, Map<String, String> abbreviations) {
        if (end + 3 >= tokens.length || !tokens[end].equals("(") || !tokens[end + 2].equals(")")
                || !Lexicon.acronym(tokens[end + 1]) || !noun(tokens[end + 3], tags[end + 3])
                && !(nounLike(tokens[end + 3], tags[end + 3]) && established(word(tokens[end - 1]) + " "
                + key(tokens, end + 3, end + 4)))) {
            return -1; // a head the tagger calls a verb counts where it is one with the word before ("(SEMH) needs")
        }
        String shortForm = tokens[end + 1];
        int from = start;
        while (!abbreviates(shortForm, text.substring(spans[from].getStart(), spans[end - 1].getEnd()))) {
            if (from < 2 || !tokens[from - 1].equals(",") && !conjunction(tokens[from - 1])
                    || !nominal(tokens[from - 2], tags[from - 2])) {
                // ("personal, social and health education (PSHE) programme": the run starts after "and")
                return -1;
            }
            from -= 2;
        }
        int head = end + 4;
        while (head < tokens.length && head - end <= 4 && noun(tokens[head], tags[head])
                && noun(tokens[head - 1], tags[head - 1]) && !plural(tokens[head - 1], tags[head - 1])) {
            head++; // "(EHC) plan reviews"; a plural ends a compound ("(SEMH) needs attend")
        }
        StringBuilder modifiers = new StringBuilder();
        for (int k = from; k < end; k++) {
            modifiers.append(k > from && !tokens[k].equals(",") ? " " : "").append(word(tokens[k]));
        }
        String headKey = key(tokens, end + 3, head);
        String whole = modifiers + " " + headKey;
        if (whole.split(" ").length > MAX_WORDS + 2 || modifiers.indexOf(",") < 0) {
            // only a list of modifiers is no keyword of its own: "the multi-agency risk assessment conference
            // (MARAC) arrangements", "the emergency duty team (EDT) respond" keep their names
            return -1;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).span().end() > spans[from].getStart()
                && out.get(out.size() - 1).span().end() <= spans[end - 1].getEnd()) {
            out.remove(out.size() - 1); // "education, health and care", "emotional and mental health"
        }
        out.add(new Candidate(whole, spans[from].getStart(), spans[head - 1].getEnd()));
        String abbreviated = shortForm + " " + headKey;
        abbreviations.putIfAbsent(abbreviated, whole);
        out.add(new Candidate(abbreviated, spans[end + 1].getStart(), spans[end + 1].getEnd()));
        return head;
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
                    && !tokens[k + 1].equalsIgnoreCase("in") && !ORGANISED.contains(tokens[k + 1])
                    && !conjunction(tokens[k + 1]) // a coordination taken as one ("children and families services")
                    // a plural before a role names what the role is for ("special educational needs coordinator")
                    && !ROLES_FOR.contains(tokens[k + 1].toLowerCase(Locale.ROOT))
                    && !termAcross(tokens, partStart, k, to); // "careers guidance": a term is never cut
            if (cut || k == to - 1) {
                int s = partStart;
                while (k + 1 - s > 1 && s != modifier && !termFrom(tokens, s, k + 1)
                        && (grading(tokens, s, k + 1) || modifierOnly(tokens[s], tags[s])
                        && !established(key(tokens, s, k + 1)) && !domainTerm(key(tokens, s, k + 1))
                        && !tokens[s + 1].equalsIgnoreCase("after") && !conjunction(tokens[s + 1])
                        && !((k == s + 1 || k == s + 2 && tokens[s + 1].equalsIgnoreCase("young"))
                        && PEOPLE.contains(Lexicon.singular(tokens[k].toLowerCase(Locale.ROOT)))
                        && PhraseRules.kindOfPeople(tokens, tags, s)))) {
                    // a word before people after a determiner or a preposition names a kind of them
                    // ("for disadvantaged pupils"): a group of children, no grade, whether the background knows it or not
                    s++;
                }
                addCandidate(out, tokens, tags, spans, s, k + 1);
                partStart = k + 1;
            }
        }
    }

    /**
     * The normal form of a term written with "of" or "in" over tokens [from, to), whose head (the word before "of") is
     * at {@code head}: the head made singular and the object's last word in its lemma, as every other keyword's last
     * word is ({@link Lexicon#lemma}: singular, unless a noun used only in the plural), so that the ways one term is
     * written make one keyword: "changes of social workers", "a change of social worker" and "changes of social
     * worker" are "change of social worker"; "analysis of risks" is "analysis of risk"; "the director of children's
     * services" is "director of children's service", as "disabled children's services" is "disabled children's
     * service". Articles stay as written ("voice of the child"). A name written in capitals keeps its head as written
     * ("the Signs of Safety model": "signs of safety", not "sign of safety"), and a complex preposition its object as
     * written ("out of hours").
     */
    static String ofKey(String[] tokens, int from, int head, int to) {
        boolean name = Character.isUpperCase(tokens[head].charAt(0)) && !acronym(tokens[head])
                && Character.isUpperCase(tokens[to - 1].charAt(0)) && !acronym(tokens[to - 1]);
        String first = tokens[head].toLowerCase(Locale.ROOT);
        // "out of hours", "out of area": a complex preposition and its object (Quirk et al. 9.10), no head noun
        boolean preposition = first.equals("out") || Lexicon.PREPOSITIONS.contains(first);
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = word(tokens[k]);
            if (k == head && !name) {
                w = Lexicon.singular(w);
            } else if (k == to - 1 && k > head + 1 && !acronym(tokens[k]) && !preposition) {
                w = Lexicon.lemma(word(tokens[k - 1]), w);
            }
            out.append(k > from ? " " : "").append(w);
        }
        return out.toString();
    }


    /**
     * Whether a term of the trade of two words or more starts at {@code s} and ends by {@code to}: its first word
     * then names a kind, not a grade, and stays ("personal development programme", "safer recruitment
     * requirements"; not "development programme", "recruitment requirement").
     */
    private static boolean termFrom(String[] tokens, int s, int to) {
        for (int b = s + 2; b <= Math.min(to, s + MAX_PHRASE); b++) {
            if (domainTerm(key(tokens, s, b))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a term of the trade inside [from, to) holds both the word at {@code k} and the next ("careers guidance"). */
    private static boolean termAcross(String[] tokens, int from, int k, int to) {
        for (int a = Math.max(from, k - MAX_PHRASE + 2); a <= k; a++) {
            for (int b = k + 2; b <= Math.min(to, a + MAX_PHRASE); b++) {
                if (domainTerm(key(tokens, a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Roles that a plural before them says the purpose of ("special educational needs coordinator", "adoption support
     * services adviser"): nouns only, never verbs (not "mentor", "champion", "advocate": "ambassadors mentor leaders").
     */
    private static final Set<String> ROLES_FOR = Set.of("coordinator", "co-ordinator", "adviser",
            "advisor", "nurse", "guardian", "ambassador");

    /** How many times more often an object must be written alone than after the word read as its verb. */
    static final int OBJECT_RATIO = 5;

    boolean established(String key) {
        return df(key) >= KeywordTagger.ESTABLISHED;
    }

    private int df(String key) {
        return documentFrequency.getOrDefault(key.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * Whether in "X and Y Z" (X at {@code x}, "Y Z" = [y, end)) X takes the head Z too, so that the
     * coordination is one phrase: "X Z" is itself established ("referral and assessment team": referral team);
     * or the whole is a fixed name, written in at least one in five of the findings that write "Y Z" ("health and
     * wellbeing board", "overview and scrutiny committee", "drug and alcohol misuse"); or nothing is known of
     * "Y Z" either, so X and Y read as two modifiers of one head ("communication and language skills",
     * "admission and attendance register"), unless the head is people, whom a verb before them takes as its
     * object ("understanding and support pupils"). Otherwise "Y Z" is a phrase of its own and X another thing:
     * "planning and management oversight", "staff and partner agencies".
     */
    private boolean sharesHead(String[] tokens, int x, int y, int end) {
        String head = key(tokens, end - 1, end);
        int whole = df(key(tokens, x, end));
        int rest = df(key(tokens, y, end));
        return established(word(tokens[x]) + " " + head) || whole > 0 && whole * 5 >= rest
                || rest < KeywordTagger.ESTABLISHED && !PEOPLE.contains(head.toLowerCase(Locale.ROOT));
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
        if (to - from > MAX_WORDS || from == to) {
            return;
        }
        String s = key(tokens, from, to);
        if (to - from >= 3 && bridge(tokens, tags, to - 2) == 2) {
            // "children in care" ending a run: its head is the first word ("child in care", as "child in need")
            s = (to - from > 3 ? key(tokens, from, to - 3) + " " : "") + Lexicon.singular(word(tokens[to - 3]))
                    + " in " + word(tokens[to - 1]);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (boilerplateOnly(lower)) {
            return; // "children or young people", "parents and carers"
        }
        boolean compound = to - from == 1 && lower.indexOf('-') > 0 && lower.indexOf('-') < lower.length() - 1;
        if (compound && EVALUATIVE.contains(lower.substring(0, lower.indexOf('-')))
                && (lower.endsWith("-quality") || lower.endsWith("ed"))) {
            return; // "high-quality", "well-established": a grade written with a hyphen is no keyword, as "good" is none
        }
        if (to - from == 1 && lower.endsWith("ing") && !compound && !domainTerm(lower)) {
            return; // a lone gerund ("ensuring", "running") is an action, not a topic; "auditing" is a term
        }
        if (STOP.contains(lower) || lower.length() < 3 || !lower.matches(".*[a-z].*")) {
            return;
        }
        if (to - from == 1 && !acronym(tokens[from]) && !compound && (!domainTerm(lower) || EVALUATIVE.contains(lower)
                || lower.length() > 4 && (lower.endsWith("ly") || lower.endsWith("ed") && !lower.endsWith("eed"))
                || languageNamed(tokens, from))) {
            // a term of the trade formed as an adverb or a participle ("promptly", "timely", "delayed", "audited": the
            // suffixes -ly and -ed make no nouns) is no noun phrase, nor a language's name where it names the language
            // a single word is a keyword only as a term of the trade ("neglect", "caseload", "MASH") or a
            // compound written with hyphens ("decision-making", "co-production")
            return;
        }
        String head = lower.substring(lower.lastIndexOf(' ') + 1);
        if (to - from == 2 && PEOPLE.contains(head) && !established(lower) && !domainTerm(lower)
                && !PhraseRules.kindOfPeople(tokens, tags, from)) {
            return; // "hold children", "support pupils": a word before people is a verb more often than a kind of them
        }
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
            if (!nounBefore && !(PEOPLE.contains(head) && to - from >= 2 && PhraseRules.kindOfPeople(tokens, tags,
                    to - from >= 3 && tokens[to - 2].equalsIgnoreCase("young") ? to - 3 : to - 2))
                    && (to - from == 1 || !domainTerm(lower) && !(to - from >= 3 && nounLike(tokens[to - 2], tags[to - 2])
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

    /**
     * "English as an additional language", "English is not their first language", "pupils who speak English": a
     * capitalised word followed by "as" or "is" and, within four more words, "language", or after a form of "speak",
     * names the language, not the school subject of that name.
     */
    private static boolean languageNamed(String[] tokens, int at) {
        if (!Character.isUpperCase(tokens[at].charAt(0))) {
            return false;
        }
        if (at > 0 && SPEAK.contains(tokens[at - 1].toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (at + 2 >= tokens.length || !tokens[at + 1].equalsIgnoreCase("as") && !tokens[at + 1].equals("is")) {
            return false;
        }
        for (int k = at + 2; k < Math.min(tokens.length, at + 6); k++) {
            if (tokens[k].toLowerCase(Locale.ROOT).startsWith("language")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPEAK = Set.of("speak", "speaks", "spoke", "spoken",
            "speaking");

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
}

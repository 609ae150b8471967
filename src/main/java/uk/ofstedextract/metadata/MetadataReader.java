package uk.ofstedextract.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.Provider;
import uk.ofstedextract.report.ReportType;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.Normaliser;

/**
 * Reads a report's metadata from its first pages: the title, the provider as written and its
 * local-authority codes, the publication or letter date, the inspection dates and the inspectors.
 */
public final class MetadataReader {
    /** How much of the start of a report holds the metadata. */
    static final int HEAD_CHARS = 12000;
    private static final Pattern NAME_IN_TITLE = Pattern.compile(
            "(?:focused visit|monitoring visit|inspection|revisit|visit) (?:to|of|in|within|at) (?:the )?"
                    + "(.+?)(?:'s)?(?: local authority| council's)? children's (?:social care )?services");
    private static final Pattern SEND_NAME = Pattern.compile(
            "(?:area send (?:full |re-?)?inspection|area send revisit|inspection) (?:of|in) (?:the )?(.+?(?:local area"
                    + "(?: partnership)?|partnership))\\b|joint local area (?:send|special educational needs and/or "
                    + "disabilities) (?:inspection|revisit) in (.+?)(?:\\n|$)");
    private static final Pattern CRA_NAME = Pattern.compile(
            "arrangements within (.+?)(?: children's services)?(?:\\n|$)");
    private static final Pattern LETTER_TITLE = Pattern.compile(
            "(?:focused visit|monitoring visit|joint targeted area inspection[^\\n]{0,120}?) (?:to|of|at|in) (?:the )?"
                    + "([^\\n]{2,120})");
    /** "Inspection of X / Inspection dates:"; a 2012-13 title may also open with the service itself. */
    private static final Pattern TITLE_BEFORE_DATES = Pattern.compile(
            "^\\s*(?:inspection of (?:the )?|(?=(?:safeguarding (?:and )?)?looked after children))"
                    + "([^\\n]{2,100}?)\\s+inspection dates?:");
    /** The inspected service written before the authority's name in 2012-13 titles. */
    private static final Pattern SERVICE_BEFORE_NAME = Pattern.compile(
            "(?i)^(?:safeguarding (?:and looked after children )?|looked after children )(?:services? )?(?:(?:for|in|of) )?"
                    + "(?=\\p{Lu})");
    /** A line in title case: every word capitalised but the joining words ("Windsor and Maidenhead", "Stoke-on-Trent"). */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?:(?:\\p{Lu}[\\p{L}'’.-]*|and|of|the|upon|on|in|&)(?:\\s+|$))+");
    private static final Pattern INSPECTION_DATES = Pattern.compile("inspection dates?:?|dates? of inspection:?");
    private static final Pattern VISIT_ON = Pattern.compile(
            "(?:conducted|carried out|took place|undertaken|visit to [^.]{0,120}?|visit(?:ed)?|inspection|"
                    + "services)\\s+(?:on|between|from)\\s");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:report published|publication date|date published|published)\\s*:?\\s*");
    private static final Pattern PUBLISHED_DATE = Pattern.compile(
            "^(?:[a-z ]{0,20}\\s)?(\\d{1,2}(?:st|nd|rd|th)? [a-z]+,? \\d{4})");
    private static final Pattern PUBLISHED_NUMERIC = Pattern.compile("^(?:[a-z ]{0,20}\\s)?(\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})\\b");
    /** A line that is only a date whose year has five digits: a typo, reported rather than guessed. */
    private static final Pattern BAD_YEAR_LINE = Pattern.compile(
            "^\\s*(?:[a-z]+day,? )?\\d{1,2}(?:st|nd|rd|th)? [a-z]+,? \\d{5}\\s*$");
    private static final Pattern LA_FIELD = Pattern.compile(
            "(?im)^[ \\t]*(?:local authority|lea area|local area)[ \\t]*(?::[ \\t]*|[ \\t]{2,})(\\p{Lu}[^\\n]{1,80})$");
    /** A line that is only a date (a letter's date). */
    static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(?:[a-z]+day,? )?\\d{1,2}(?:st|nd|rd|th)? [a-z]+,? \\d{4}\\s*$");

    /** Profile provider rules: the area named in an area SEND title; the council a CRA letter is addressed about. */
    static final String AREA_SEND_NAME = "area-send";
    static final String CRA_LETTER_NAME = "cra-letter";

    private final LocalAuthorities authorities;

    public MetadataReader(LocalAuthorities authorities) {
        this.authorities = authorities;
    }

    /** As {@link #read(String, ReportProfile, String)} with the shipped profile of the type. */
    public Metadata read(String original, ReportType type, String typeEvidence) {
        return read(original, Profiles.standard().of(type), typeEvidence);
    }

    public Metadata read(String original, ReportProfile profile, String typeEvidence) {
        // names are read from the original text, whose ligatures a PDF converter may have kept ("Kingﬁsher Academy")
        original = Normaliser.expandLigatures(original);
        if (profile.provider() == ReportProfile.ProviderKind.ESTABLISHMENT) {
            original = LabelColumns.paired(original); // a details table printed as a label column, then a value column
        }
        String headOriginal = original.substring(0, Math.min(original.length(), HEAD_CHARS))
                .replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        String head = Fold.forMatching(headOriginal).replace('\u00a0', ' ');
        String title = title(head, headOriginal, typeEvidence, profile.letter());
        if (profile.provider() == ReportProfile.ProviderKind.ESTABLISHMENT) {
            return establishment(original, head, headOriginal, title);
        }
        LocalDate published = published(head, profile);
        Inspection inspection = inspectionDates(head, published);
        String name = providerName(head, headOriginal, profile, title);
        LocalDate when = inspection.start() != null ? inspection.start() : published;
        Optional<LocalAuthority> la = authorities.find(name, when);
        if (la.isEmpty()) {
            la = detailsField(headOriginal, when);
        }
        Provider provider = new Provider(name, la.map(LocalAuthority::laCode).orElse(null),
                la.map(LocalAuthority::onsCode).orElse(null), la.map(LocalAuthority::name).orElse(null), null);
        List<String> inspectors = Inspectors.read(head, headOriginal);
        if (inspectors.isEmpty() && original.length() > HEAD_CHARS) {
            // SIF and area SEND reports list the inspection team later (2014 SIF reports in the middle)
            String all = original.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
            inspectors = Inspectors.read(Fold.forMatching(all), all);
        }
        if (inspectors.isEmpty()) {
            String tail = original.substring(Math.max(0, original.length() - HEAD_CHARS));
            inspectors = Inspectors.signature(Fold.forMatching(tail), tail);
        }
        List<String> notes = new ArrayList<>();
        if (published == null && profile.letter()) {
            String badYear = letterDateWithBadYear(head, headOriginal);
            if (badYear != null) {
                notes.add("the letter's date \"" + badYear + "\" has a five-digit year: no publication date is given");
            }
        }
        return new Metadata(title, provider, published, inspection, inspectors, notes);
    }

    /**
     * A school, college or home (or a report of no known kind): name, URN and the authority only from
     * fields that name them ({@link Establishments}), the inspection's dates, a letter's date as the
     * publication date, the inspectors from the team lists ({@link TeamLists}) or a letter's signature.
     */
    private Metadata establishment(String original, String head, String headOriginal, String title) {
        String all = original.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        String folded = Fold.forMatching(all).replace('\u00a0', ' ');
        boolean letter = Establishments.isLetter(head);
        LocalDate published = letter ? Establishments.letterDate(head) : null;
        Inspection inspection = Establishments.inspection(head)
                .orElseGet(() -> inspectionDates(head, published));
        LocalDate when = inspection.start() != null ? inspection.start() : published;
        Optional<LocalAuthority> la = Establishments.authority(folded, all, authorities, when);
        Provider provider = new Provider(Establishments.name(head, headOriginal),
                la.map(LocalAuthority::laCode).orElse(null), la.map(LocalAuthority::onsCode).orElse(null),
                la.map(LocalAuthority::name).orElse(null), Provider.Urn.of(Establishments.urn(folded)));
        List<String> inspectors = TeamLists.read(folded, all);
        if (letter || inspectors.isEmpty()) {
            List<String> signed = Inspectors.signature(Fold.forMatching(all), all);
            if (letter && !signed.isEmpty()) {
                List<String> withLead = new ArrayList<>(signed);
                inspectors.stream().filter(n -> !withLead.contains(n)).forEach(withLead::add);
                VisitTeam.read(folded, all).stream().filter(n -> !withLead.contains(n)).forEach(withLead::add);
                inspectors = withLead;
            } else if (inspectors.isEmpty()) {
                inspectors = signed;
            }
        }
        return new Metadata(title, provider, published, inspection, inspectors, List.of());
    }

    /**
     * The lines holding the type's title phrase, joined. A letter's title is a heading of its own: a
     * following line continues it only when the title is plainly wrapped (the line starts in lower case,
     * or the title so far ends in a word that cannot end it); a line starting a sentence is the body.
     */
    private static String title(String head, String original, String evidence, boolean letter) {
        if (evidence == null) {
            return null;
        }
        String flat = head.replaceAll("\\s+", " ");
        int at = flat.indexOf(evidence);
        if (at < 0) {
            return null;
        }
        // map the position in the flattened text back to a line of the head
        int pos = positionOf(head, at);
        int lineStart = head.lastIndexOf('\n', pos) + 1;
        StringBuilder sb = new StringBuilder();
        int cur = lineStart;
        for (int k = 0; k < MAX_TITLE_LINES && cur < head.length(); k++) {
            int end = head.indexOf('\n', cur);
            if (end < 0) {
                end = head.length();
            }
            String line = original.substring(cur, end).strip();
            if (line.isEmpty() || k > 0 && (line.matches("(?i)(inspection|lead|report|date).*:.*")
                    || DATE_LINE.matcher(line.toLowerCase()).matches()
                    || letter && !continuesTitle(sb, line))) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(line);
            if (line.endsWith(".")) {
                break;
            }
            cur = end + 1;
        }
        String t = FOOTNOTE_MARK.matcher(Fold.spaces(sb.toString())).replaceFirst("");
        return t.length() > 300 ? t.substring(0, 300) : t;
    }

    /**
     * Lines a title may run over: a SIF title with the LSCB review takes five ("Inspection of services for
     * children in need of help and / protection, children looked after and care leavers / and / Review of
     * the effectiveness of the Local Safeguarding Children / Board").
     */
    static final int MAX_TITLE_LINES = 6;
    /** A footnote's number after the title's last word ("… Children Board1", "… board 1"). */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=\\p{L})\\s?\\d$");

    /** Whether {@code line} continues a wrapped title: it starts in lower case or the title ends in a joining word. */
    private static boolean continuesTitle(CharSequence titleSoFar, String line) {
        return Character.isLowerCase(line.charAt(0))
                || TITLE_JOIN_END.matcher(titleSoFar).find();
    }

    private static final Pattern TITLE_JOIN_END = Pattern.compile(
            "(?i)(?:\\b(?:of|to|in|within|at|for|and|the|on)|[,&–-])\\s*$");

    /** Index in {@code s} of the {@code flatIndex}-th character of {@code s} with white space runs folded. */
    private static int positionOf(String s, int flatIndex) {
        int flat = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (ws && space) {
                continue;
            }
            space = ws;
            if (flat == flatIndex) {
                return i;
            }
            flat++;
        }
        return s.length() - 1;
    }

    private static Inspection inspectionDates(String head, LocalDate published) {
        Matcher m = INSPECTION_DATES.matcher(head);
        while (m.find()) {
            String after = head.substring(m.end(), Math.min(head.length(), m.end() + 120)).replaceAll("\\s+", " ");
            Optional<Dates.Range> r = Dates.firstRange(after);
            if (r.isPresent() && r.get().matchStart() < 30) {
                return inPhases(after, r.get());
            }
        }
        String flat = head.replaceAll("\\s+", " ");
        Matcher v = VISIT_ON.matcher(flat);
        while (v.find()) {
            String after = flat.substring(v.end(), Math.min(flat.length(), v.end() + 80));
            Optional<Dates.Range> r = Dates.firstRange(after);
            if (r.isPresent() && r.get().matchStart() < 3) {
                return inPhases(flat.substring(v.end(), Math.min(flat.length(), v.end() + 160)), r.get());
            }
            if (published != null) {
                // "on 13 and 14 July." with no year: the letter's year (the visit precedes the letter)
                Optional<Dates.Range> y = Dates.leadingRangeInYear(after, published.getYear());
                if (y.isPresent()) {
                    Dates.Range d = y.get();
                    return d.end().isAfter(published) ? new Inspection(d.start().minusYears(1), d.end().minusYears(1))
                            : new Inspection(d.start(), d.end());
                }
            }
        }
        return Inspection.NONE;
    }

    /** The inspection from its first range and any further phases joined to it; it ends on the last phase's last day. */
    private static Inspection inPhases(String text, Dates.Range first) {
        List<Dates.Range> phases = Dates.phases(text, first);
        List<Inspection.Phase> out = new ArrayList<>();
        for (Dates.Range p : phases) {
            out.add(new Inspection.Phase(p.start(), p.end()));
        }
        return new Inspection(first.start(), phases.get(phases.size() - 1).end(), out);
    }

    private static LocalDate published(String head, ReportProfile profile) {
        Matcher m = PUBLISHED.matcher(head);
        while (m.find()) {
            if (m.start() > 4000) {
                break;
            }
            String after = head.substring(m.end(), Math.min(head.length(), m.end() + 120)).replaceAll("\\s+", " ");
            Matcher d = PUBLISHED_DATE.matcher(after);
            if (d.find()) {
                Optional<LocalDate> date = Dates.firstDate(d.group(1));
                if (date.isPresent()) {
                    return date.get();
                }
            }
            Matcher n = PUBLISHED_NUMERIC.matcher(after);
            if (n.find()) {
                // "Report published: 10/08/2015": day first
                Optional<Dates.Range> r = Dates.firstRange(n.group(1));
                if (r.isPresent()) {
                    return r.get().start();
                }
            }
        }
        if (profile.letter()) {
            // the letter's date: a line that is only a date, before the salutation
            int dear = head.indexOf("\ndear ");
            String top = dear > 0 ? head.substring(0, dear) : head.substring(0, Math.min(head.length(), 1500));
            for (String line : top.split("\n")) {
                if (DATE_LINE.matcher(line).matches()) {
                    return Dates.firstDate(line).orElse(null);
                }
            }
        }
        return null;
    }

    /** The letter's date line as written when its year has five digits ("12 February 20211"), or null. */
    private static String letterDateWithBadYear(String head, String original) {
        int dear = head.indexOf("\ndear ");
        int end = dear > 0 ? dear : Math.min(head.length(), 1500);
        String[] folded = head.substring(0, end).split("\n");
        String[] lines = original.substring(0, end).split("\n");
        for (int i = 0; i < folded.length && i < lines.length; i++) {
            if (BAD_YEAR_LINE.matcher(folded[i]).matches()) {
                return lines[i].strip();
            }
        }
        return null;
    }

    private String providerName(String head, String original, ReportProfile profile, String title) {
        String flat = head.replaceAll("[ \\t]*\\n[ \\t]*(?!\\n)", " ");
        String flatOriginal = original.replaceAll("[ \\t]*\\n[ \\t]*(?!\\n)", " ");
        Matcher m;
        if (AREA_SEND_NAME.equals(profile.providerRule())) {
            m = SEND_NAME.matcher(flat);
            if (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                return clean(flatOriginal.substring(m.start(g), m.end(g)));
            }
        }
        if (CRA_LETTER_NAME.equals(profile.providerRule())) {
            m = CRA_NAME.matcher(flat);
            if (m.find()) {
                return clean(flatOriginal.substring(m.start(1), m.end(1)));
            }
        }
        if (profile.letter()) {
            m = LETTER_TITLE.matcher(head);
            if (m.find()) {
                String n = clean(original.substring(m.start(1), m.end(1))
                        .replaceAll("(?i)([’']s)?( local authority)?( children[’']s)?( social care)?( services)?\\.?$", ""));
                if (looksLikeName(n)) {
                    return n;
                }
            }
        }
        m = NAME_IN_TITLE.matcher(flat);
        while (m.find() && m.start() < 3000) {
            String n = clean(flatOriginal.substring(m.start(1), m.end(1)));
            if (looksLikeName(n) && !m.group(1).startsWith("services for children") && !m.group(1).contains("looked after")
                    && !n.equalsIgnoreCase("local authority")) {
                return n;
            }
        }
        m = TITLE_BEFORE_DATES.matcher(flat);
        if (m.find()) {
            // 2012-13: "Inspection of looked after children services / Sandwell Metropolitan Borough Council"
            return clean(SERVICE_BEFORE_NAME.matcher(flatOriginal.substring(m.start(1), m.end(1))).replaceFirst(""));
        }
        // reports that put the authority's name on a line of its own next to the title
        String[] lines = original.split("\n");
        int first = 0;
        if (profile.letter()) {
            for (int i = 0; i < lines.length && i < 60; i++) {
                if (lines[i].toLowerCase().startsWith("dear ")) {
                    first = i + 1; // the letterhead above holds Ofsted's own address
                    break;
                }
            }
        }
        for (int i = first; i < Math.min(lines.length, first + 25); i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.length() > 80 || l.toLowerCase().startsWith("inspection") || l.matches(".*\\d.*")
                    || l.contains(":") || !NAME_LINE.matcher(l).matches()) {
                continue; // a name stands on its own line in title case; a sentence of the body is not one
            }
            // a name that wraps: "The Royal Borough of Windsor and" / "Maidenhead"
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            String two = l + " " + next;
            if (!next.isEmpty() && !next.toLowerCase().startsWith("inspection") && !next.matches(".*[\\d:].*")
                    && next.length() < 60 && authorities.find(two, null).isPresent()
                    && !authorities.find(two, null).equals(authorities.find(l, null))) {
                return clean(two);
            }
            if (authorities.find(l, null).isPresent()) {
                return clean(l);
            }
        }
        return null;
    }

    /** A provider name: capitalised, short, no digits or sentence punctuation. */
    private static boolean looksLikeName(String n) {
        return !n.isEmpty() && n.length() <= 90 && Character.isUpperCase(n.charAt(0)) && !n.matches(".*[\\d,;:].*")
                && n.split(" ").length <= 12;
    }

    /**
     * The authority a details field names ("Local authority: Barsetshire"): the fallback when the title
     * gives none. Never the authority most mentioned in the body: "reading, writing and mathematics" is
     * not Reading.
     */
    private Optional<LocalAuthority> detailsField(String original, LocalDate when) {
        Matcher m = LA_FIELD.matcher(original);
        while (m.find()) {
            Optional<LocalAuthority> la = authorities.find(m.group(1), when);
            if (la.isPresent()) {
                return la;
            }
        }
        return Optional.empty();
    }

    private static String clean(String name) {
        return Fold.spaces(name).replaceAll("^(?i)the\\s+", "").replaceAll("[\\s,.:;]+$", "");
    }
}

package uk.ofstedextract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.RequiredLiterals;
import uk.ofstedextract.text.Span;

/**
 * Inspectors' names, lead first: "Lead inspector: X", "Reporting inspector X HMI", team lists
 * ("Team inspectors: A, B and C"), the letters' "The inspectors were A and B", area SEND team lines
 * ("A HMI, Ofsted Lead inspector") and, failing those, the signature after "Yours sincerely".
 */
final class Inspectors {
    private static final String TITLES = "(?:,?\\s*(?:hmi|her majesty's inspectors?|his majesty's inspectors?|"
            + "ofsted inspectors?|social care regulatory inspectors?|regulatory inspectors?|\\(oi\\)|\\(hmi\\)|"
            + "additional inspectors?|cqc (?:lead )?inspectors?|ofsted (?:lead )?inspectors?|ofsted hmi|"
            + "lead inspectors?|inspectors?|ofsted|cqc|\\(hmis?\\)|hmis|s?hmi|scri|oi|designated hmi|senior hmi))+";
    // LEAD and TEAM begin with the literal "inspector" and look behind for their label, so the
    // matcher can skip through a whole report quickly (Boyer-Moore on a leading literal).
    private static final Pattern LEAD = Pattern.compile(
            "inspector(?<=(?:lead|reporting) inspector)(?::\\s*|[ \\t]{1,3})(?!for\\b)([a-z][a-z' .-]{2,60}?)"
                    + "(?=\\s*(?:,|\\(|hmi\\b|her majesty|his majesty|deputy|team inspectors?|inspectors?:|"
                    + "additional|regulatory|senior|age group|published|this inspection|judgement|$|\\n|\\.))");
    private static final Pattern TEAM = Pattern.compile(
            "inspectors?:\\s+([a-z][a-z' ,;.()-]{2,300}?)(?=\\s*(?:deputy|team inspectors?|"
                    + "additional|regulatory|shadow|senior|quality assurance|data analyst|\\n|$))");
    private static final Pattern WERE = Pattern.compile(
            "(?:the inspectors were|inspectors for this (?:visit|inspection) were|the visit was carried out by|"
                    + "this visit was carried out by|the inspection was carried out by|the inspectors for this "
                    + "(?:visit|inspection) were)\\s+(?:h(?:er|is) majesty's\\s+inspectors\\s+\\(hmis?\\)\\s+)?"
                    + "([a-z][a-z' ,.()-]{2,300}?)(?:\\.\\s|\\.$|;)");
    private static final Pattern SEND_TEAM_LINE = Pattern.compile(
            "^([a-z][a-z'.-]+(?: [a-z][a-z'.-]+){1,3})(?:,? (?:s?hmi|oi|scri))?,\\s*(?:ofsted|cqc)\\b.*$");

    private static final Pattern WRAPPED_SURNAME = Pattern.compile(
            "[ \\t]*\\n[ \\t]*([a-z][a-z'-]+(?:-[a-z]+)?)(?=[ \\t]*(?:,|\\(|s?hmi\\b|oi\\b|scri\\b|her majesty|his majesty|\\n|$))");
    private static final Pattern CONTINUATION = Pattern.compile("^\\n([a-z][a-z' ,.()-]{2,120})(?=\\n)");
    private static final Pattern MAJESTY = Pattern.compile("(?i)\\b(?:her|his) majesty['’]s inspectors?\\b");
    private static final Pattern BOTH_OR_ALL = Pattern.compile("(?i)\\bboth\\b|\\ball\\b");
    private static final Pattern TRAILING_TITLES = Pattern.compile("(?i)" + TITLES + "\\s*$");
    private static final Pattern HMI_TAIL = Pattern.compile("(?i)\\s+(s?hmi|oi|scri|designated hmi|cqc)\\b.*$");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)^(?:mr|mrs|ms|miss|mx)\\.?\\s+(?=\\S+\\s)");
    /** A role before a name in a letter's sentence: "were lead inspector A and team inspectors B and C". */
    private static final Pattern LEADING_ROLE = Pattern.compile(
            "(?i)^(?:(?:deputy |shadow |senior )?(?:lead|team|additional) )?inspectors?\\s+(?=\\S+\\s)");
    /** The joining word a label's lookahead leaves after a name ("lead inspector A and team inspector B"). */
    private static final Pattern TRAILING_AND = Pattern.compile("(?i)\\s+and$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,.:;-]+|[\\s,.:;-]+$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\b(inspectors?|majesty|judgement|ofsted|council|services|social care)\\b");

    private static final RequiredLiterals WERE_NEEDS = RequiredLiterals.of(WERE).orElseThrow();

    private Inspectors() {
    }

    /** "Lead inspector:", "Reporting inspector:", "Lead and reporting inspector:", but not "Deputy lead inspector:". */
    private static boolean leadLabel(String folded, int inspector) {
        String before = folded.substring(Math.max(0, inspector - 12), inspector);
        return before.endsWith("reporting ") || before.endsWith("lead ") && !before.endsWith("deputy lead ");
    }

    /**
     * @param folded the head of the report, folded (lower case, ASCII quotes), lines kept
     * @param original the same text with its case, for names as written
     */
    static List<String> read(String folded, String original) {
        Set<String> names = new LinkedHashSet<>();
        Matcher lead = LEAD.matcher(folded);
        while (lead.find()) {
            if (TEAM_CELL_AFTER.matcher(folded).region(lead.end(1), folded.length()).lookingAt()) {
                continue; // "… Lead inspector Tessa Valpy, CQC Lead inspector": the next cell of a team line
            }
            String name = original.substring(lead.start(1), lead.end(1));
            Matcher wrapped = WRAPPED_SURNAME.matcher(folded).region(lead.end(1), folded.length());
            if (name.strip().indexOf(' ') < 0 && wrapped.lookingAt()) {
                // a name wrapped over two lines: "Lead inspector: Jane" / "Doe SHMI"
                name = name.strip() + " " + original.substring(wrapped.start(1), wrapped.end(1));
            }
            add(names, name);
            break;
        }
        String joined = folded.replace('\n', ' ');
        String joinedOriginal = original.replace('\n', ' ');
        Matcher were = WERE.matcher(joined);
        if (WERE_NEEDS.mayMatch(joined) && were.find()) {
            splitNames(joinedOriginal.substring(were.start(1), were.end(1)), names);
        }
        Matcher team = TEAM.matcher(folded);
        while (team.find()) {
            if (leadLabel(folded, team.start())) {
                continue; // the lead, read above
            }
            // team lists wrap: take up to the next label
            int end = team.end(1);
            String rest = folded.substring(end, Math.min(folded.length(), end + 200));
            Matcher cont = CONTINUATION.matcher(rest);
            String names1 = original.substring(team.start(1), team.end(1));
            if (cont.find() && !cont.group(1).contains(":")) {
                names1 = names1 + " " + original.substring(end + cont.start(1), end + cont.end(1));
            }
            splitNames(names1, names);
        }
        if (names.isEmpty()) {
            sendTeam(folded, original, names);
        }
        return new ArrayList<>(names);
    }

    /** Area SEND team lines ("A HMI, Ofsted Lead inspector"): Ofsted lead, other Ofsted, CQC lead, other CQC. */
    private static void sendTeam(String folded, String original, Set<String> names) {
        String[] fl = folded.split("\n");
        String[] ol = original.split("\n");
        List<String>[] groups = new List[] {new ArrayList<String>(), new ArrayList<String>(), new ArrayList<String>(),
            new ArrayList<String>()};
        for (int i = 0; i < fl.length && i < ol.length; i++) {
            // text laid out by position puts the Ofsted and CQC columns side by side: read each cell
            for (Span cell : cells(fl[i])) {
                String f = cell.of(fl[i]);
                Matcher m = SEND_TEAM_LINE.matcher(f);
                if (!m.matches()) {
                    continue;
                }
                String o = cell.of(ol[i]);
                String rest = f.substring(m.end(1));
                boolean cqc = rest.contains("cqc");
                boolean lead = rest.contains("lead") || i + 1 < fl.length && rest.endsWith("lead")
                        || i + 1 < fl.length && fl[i + 1].strip().equals("inspector") && rest.contains("lead");
                groups[(cqc ? 2 : 0) + (lead ? 0 : 1)].add(o.substring(0, m.end(1)));
            }
        }
        for (List<String> g : groups) {
            for (String n : g) {
                add(names, n);
            }
        }
    }

    /** The spans of a line's text between gaps of four or more spaces (one span for prose). */
    private static List<Span> cells(String line) {
        List<Span> out = new ArrayList<>();
        Matcher gap = CELL_GAP.matcher(line);
        int from = 0;
        while (true) {
            boolean found = gap.find();
            int to = found ? gap.start() : line.length();
            int a = from;
            int z = to;
            while (a < z && Character.isWhitespace(line.charAt(a))) {
                a++;
            }
            while (z > a && Character.isWhitespace(line.charAt(z - 1))) {
                z--;
            }
            // a converter may also run two cells together with one space ("… Lead inspector Tessa Valpy, CQC …")
            Matcher merged = MERGED_CELL.matcher(line).region(a, z);
            while (z > a && merged.find()) {
                out.add(new Span(a, merged.start()));
                a = merged.end();
            }
            if (z > a) {
                out.add(new Span(a, z));
            }
            if (!found) {
                return out;
            }
            from = gap.end();
        }
    }

    /** A name and "Ofsted" or "CQC": the start of an area SEND team cell. */
    private static final String TEAM_CELL = "[a-z][a-z'.-]+(?: [a-z][a-z'.-]+){1,3}(?:,? (?:s?hmi|oi|scri))?,\\s*(?:ofsted|cqc)\\b";
    private static final Pattern TEAM_CELL_AFTER = Pattern.compile("(?:,?\\s+(?:s?hmi|oi|scri))?,\\s*(?:ofsted|cqc)\\b");
    private static final Pattern MERGED_CELL = Pattern.compile("(?<=\\b(?:inspector|hmi|ofsted|cqc))\\s+(?=" + TEAM_CELL + ")");
    private static final Pattern CELL_GAP = Pattern.compile("[ \\t]{4,}");

    /**
     * The signature of a letter: the line after "Yours sincerely", past a page number where the page broke between
     * the sign-off and the name.
     */
    static List<String> signature(String folded, String original) {
        List<String> out = new ArrayList<>();
        int at = folded.lastIndexOf("yours sincerely");
        if (at < 0) {
            return out;
        }
        String[] lines = original.substring(at).split("\n");
        for (int i = 1; i < lines.length && i < SIGNATURE_LINES; i++) {
            String l = lines[i].replace('\f', ' ').strip();
            if (l.isEmpty() || PAGE_NUMBER.matcher(l).matches()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            add(names, l);
            out.addAll(names);
            break;
        }
        return out;
    }

    /** How far after "Yours sincerely" the name may come (blank lines, a page number and a page break between). */
    private static final int SIGNATURE_LINES = 10;

    /** A page's number alone on its line ("2", "Page 2 of 3"). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?");

    private static void splitNames(String list, Set<String> names) {
        String s = BOTH_OR_ALL.matcher(MAJESTY.matcher(list).replaceAll(",")).replaceAll("");
        for (String part : s.split(",|\\band\\b|;")) {
            add(names, part);
        }
    }

    private static void add(Set<String> names, String raw) {
        String n = raw.replace('’', '\'').replace('`', '\'');
        n = TRAILING_TITLES.matcher(n).replaceFirst("");
        n = HMI_TAIL.matcher(n).replaceFirst("");
        n = EDGE_PUNCTUATION.matcher(Fold.spaces(n)).replaceAll("").strip();
        n = TRAILING_AND.matcher(LEADING_ROLE.matcher(n).replaceFirst("")).replaceFirst("");
        n = HONORIFIC.matcher(n).replaceFirst("");
        if (n.isEmpty() || n.split(" ").length < 2 || n.split(" ").length > 4 || n.matches(".*\\d.*")) {
            return;
        }
        if (!Character.isUpperCase(n.charAt(0)) || NOT_A_NAME.matcher(n.toLowerCase()).find()) {
            return;
        }
        names.add(n);
    }
}

package uk.ofstedextract.grades;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.StandardsLayout;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale.Key;
import uk.ofstedextract.text.Fold;

/**
 * Grade source {@value #SOURCE} (independent school inspections): the "Overall outcome" box, and each
 * part of the independent school standards the report covers.
 *
 * <p>A part's grade comes from its statement, the last sentence under the part's heading that says
 * whether the standards "in this part" / "these standards" are (likely to be) met ("The standards in
 * this part are likely to be met if …", "The proprietor has not ensured that the standards in this part
 * are met.", "There was insufficient evidence to judge whether …"). Where the statement is missing or
 * the annex lists any of the part's standards as not met (or unlikely to be met), the annex decides.
 * A part listed in the annex only (a standard inspection reports unmet standards there) is graded
 * from the annex. Met / not met for standard, progress monitoring and additional inspections;
 * likely / unlikely to meet where the report speaks of likelihood (pre-registration, material change).
 */
public final class IndependentSchoolStandards {
    /** The profile's name for this grade source ({@code grades.prose}). */
    public static final String SOURCE = "iss-standards";

    /** How far into the report the "Overall outcome" box may be (lines). */
    static final int OUTCOME_SEARCH_LINES = 80;
    /** The box's text is at most this long (characters); longer is the body. */
    static final int MAX_OUTCOME_CHARS = 400;

    /** How many lines after the standards row its answer may stand (pdftotext prints a column of answers apart). */
    static final int ANSWER_WITHIN = 8;
    /** The EIF standard inspection's table row (its answer beside it in layout-preserving text). */
    private static final Pattern STANDARDS_ROW = Pattern.compile(
            "^does the school meet the independent school standards\\?(?:\\s+(yes|no))?$");
    /** The CIF standard inspection's compliance statement. */
    private static final Pattern COMPLIANCE = Pattern.compile("\\bthe school (meets|does not meet) the requirements of "
            + "the schedule to the education \\(independent school standards\\)");

    /** Headings that end a part's section without starting another part. */
    private static final Pattern OTHER_SECTION = Pattern.compile(
            "^((the )?(proposed )?school'?s accessibility plan|(statutory requirements of the )?early years foundation "
                    + "stage|about this|compliance with regulatory requirements|school details|inspection details|"
                    + "information about this|annex\\b|what it'?s like)");
    /** A sentence that states the outcome for the part it closes. */
    private static final Pattern PART_STATEMENT = Pattern.compile(StandardsLayout.OUTCOME_SUBJECT);
    private static final Pattern NEGATIVE = Pattern.compile(
            "\\bnot\\b|\\bunlikely\\b|\\bno longer\\b|\\bremains? unmet\\b|\\b(is|are) (still )?unmet\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\u2018\u201C'\"(])");

    private IndependentSchoolStandards() {
    }

    /** The grades a report of this family states, overall outcome first, then the parts in report order. */
    public static List<Grade> read(Document doc) {
        List<Line> lines = doc.lines();
        Map<String, Grade> out = new LinkedHashMap<>();
        Grade overall = overallOutcome(lines);
        if (overall != null) {
            out.put(overall.judgement(), overall);
        }
        boolean likely = overall != null && overall.grade().contains("likely")
                || Fold.forMatching(doc.original().substring(0, Math.min(doc.original().length(), 1500)))
                .matches("(?s).*\\b(pre-registration|material change) inspection.*");
        // the parts the body reports, with their statements
        Map<Integer, String> partLabels = new LinkedHashMap<>();
        Map<Integer, String> statements = new LinkedHashMap<>();
        int annexAt = lines.size();
        Integer part = null;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String folded = folded(lines.get(i).text());
            if (StandardsLayout.UNMET_LIST.matcher(folded).find() || StandardsLayout.MET_LIST.matcher(folded).find()
                    || StandardsLayout.ANNEX.matcher(folded).find()) {
                annexAt = i;
                break;
            }
            Matcher p = StandardsLayout.PART_HEADING.matcher(folded);
            if (p.find() || OTHER_SECTION.matcher(folded).find()) {
                closePart(part, body, statements);
                part = p.find(0) ? Integer.valueOf(p.group(1)) : null;
                if (part != null) {
                    partLabels.putIfAbsent(part, Fold.spaces(lines.get(i).text()));
                }
                body.setLength(0);
                continue;
            }
            if (part != null) {
                body.append(' ').append(lines.get(i).text());
            }
        }
        closePart(part, body, statements);
        // the annex: parts with standards not met (or unlikely to be met), and parts now met
        Map<Integer, String> unmet = new LinkedHashMap<>();
        Map<Integer, String> nowMet = new LinkedHashMap<>();
        mustMeet(lines, annexAt, unmet, partLabels);
        Map<Integer, String> list = null;
        String header = null;
        // a list of the standards themselves (not Schedule 10's or the early years foundation stage's
        // requirements): its items' paragraph numbers name their parts, "Part N." sub-headings or not
        boolean standardsList = false;
        StringBuilder items = new StringBuilder();
        for (int i = annexAt; i < lines.size(); i++) {
            String folded = folded(lines.get(i).text());
            boolean unmetList = StandardsLayout.UNMET_LIST.matcher(folded).find();
            if (unmetList || StandardsLayout.MET_LIST.matcher(folded).find()) {
                referencedParts(items, list, header, partLabels);
                list = unmetList ? unmet : nowMet;
                header = Fold.spaces(lines.get(i).text());
                if (i + 1 < lines.size() && lines.get(i + 1).blanksBefore() == 0 && !lines.get(i + 1).pageBreakBefore()
                        && lines.get(i + 1).startsLower()) {
                    header = header + " " + Fold.spaces(lines.get(++i).text()); // its last words, wrapped
                }
                standardsList = STANDARDS.matcher(folded).find();
                items.setLength(0);
            } else if (list != null) {
                Matcher p = StandardsLayout.PART_HEADING.matcher(folded);
                if (p.find()) {
                    int n = Integer.parseInt(p.group(1));
                    list.putIfAbsent(n, header);
                    partLabels.putIfAbsent(n, Fold.spaces(lines.get(i).text()));
                } else if (standardsList && OTHER_SECTION.matcher(folded).find()) {
                    standardsList = false; // the list is over ("School details", "Information about this school")
                } else if (standardsList) {
                    Matcher item = ITEM_NUMBER.matcher(folded);
                    if (item.find() && startsItem(lines, i)) {
                        addPart(partOf(Integer.parseInt(item.group(1))), header, list, partLabels);
                    }
                    items.append(' ').append(folded);
                }
            }
        }
        referencedParts(items, list, header, partLabels);
        for (Map.Entry<Integer, String> e : partLabels.entrySet()) {
            int n = e.getKey();
            String key = "iss-part-" + n;
            String statement = statements.get(n);
            String grade;
            String written;
            if (unmet.containsKey(n)) {
                written = unmet.get(n);
                grade = likely || folded(written).contains("unlikely") ? Key.UNLIKELY_TO_MEET : Key.NOT_MET;
            } else if (statement != null) {
                written = statement;
                grade = gradeOf(folded(statement), likely);
            } else {
                written = nowMet.getOrDefault(n, null);
                grade = likely ? Key.LIKELY_TO_MEET : Key.MET; // reported, no statement, nothing unmet: the annex implies it
            }
            if (grade != null) {
                out.putIfAbsent(key, new Grade(key, e.getValue(), grade, written));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The parts of the standards by the paragraphs that set them out, as the schedule to the Education
     * (Independent School Standards) Regulations 2014 numbers them: part 1 paragraphs 1-4, part 2 paragraph 5,
     * part 3 paragraphs 6-16, part 4 paragraphs 17-21, part 5 paragraphs 22-31, part 6 paragraph 32, part 7
     * paragraph 33, part 8 paragraph 34; 0 for any other number.
     */
    static int partOf(int paragraph) {
        int[] lastOfPart = {4, 5, 16, 21, 31, 32, 33, 34};
        for (int n = 0; n < lastOfPart.length; n++) {
            if (paragraph >= 1 && paragraph <= lastOfPart[n]) {
                return n + 1;
            }
        }
        return 0;
    }

    /** The regulations' title of each part, for a part the report names only by a paragraph's number. */
    private static final String[] PART_TITLES = {"Quality of education provided",
        "Spiritual, moral, social and cultural development of pupils", "Welfare, health and safety of pupils",
        "Suitability of staff, supply staff, and proprietors", "Premises of and accommodation at schools",
        "Provision of information", "Manner in which complaints are handled",
        "Quality of leadership in and management of schools"};

    /** A list header that names the independent school standards (not Schedule 10, not the EYFS requirements). */
    private static final Pattern STANDARDS = Pattern.compile("\\bindependent school standards?\\b");
    /** The CIF standard inspection's list of unmet standards, inside its improvement section. */
    private static final Pattern MUST_MEET = Pattern.compile(
            "^the (proposed )?school must meet the following independent school standards?");
    /** What ends the CIF list: the next section's heading. */
    private static final Pattern AFTER_MUST_MEET = Pattern.compile(
            "^(inspection judgements|what does the school need|full report|summary of key findings|part [1-8]\\. )");
    /** An annex item opening with its paragraph's number ("25 The standard …", "■ 29(1) The standard …"). */
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^[\u2022\u25a0\u25aa\u25cf\uf0a7*]?\\s*(\\d{1,2})(?:\\(\\d{1,2}\\))?\\s+\\p{L}");
    /** "(paragraph 7, 7(a), 7(b))", "(paragraphs 16, 16(a) and 34(1))" at an item's end (folded text). */
    private static final Pattern PARAGRAPH_REFERENCE = Pattern.compile(
            "\\(paragraphs? (\\d[^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d+");

    /**
     * The CIF standard inspection's "The school must meet the following independent school standards": each
     * item ends with the paragraphs it restates ("… (paragraph 16, 16(a), 16(b))"), whose parts are not met.
     */
    private static void mustMeet(List<Line> lines, int before, Map<Integer, String> unmet,
                                 Map<Integer, String> partLabels) {
        for (int i = 0; i < before; i++) {
            if (!MUST_MEET.matcher(folded(lines.get(i).text())).find()) {
                continue;
            }
            StringBuilder items = new StringBuilder();
            for (int k = i + 1; k < before; k++) {
                String f = folded(lines.get(k).text());
                if (AFTER_MUST_MEET.matcher(f).find() || OTHER_SECTION.matcher(f).find()) {
                    break;
                }
                items.append(' ').append(f);
            }
            referencedParts(items, unmet, Fold.spaces(lines.get(i).text()), partLabels);
        }
    }

    /** Adds the parts of the paragraphs a list's items refer to ("(paragraph 7, 7(a))") to {@code list}. */
    private static void referencedParts(CharSequence items, Map<Integer, String> list, String header,
                                        Map<Integer, String> partLabels) {
        if (list == null) {
            return;
        }
        Matcher r = PARAGRAPH_REFERENCE.matcher(items);
        while (r.find()) {
            // the top-level numbers: "16, 16(a), 34(1)(a)-34(1)(c)" without its bracketed labels
            Matcher n = PARAGRAPH_NUMBER.matcher(r.group(1).replaceAll("\\([^()]*\\)", ""));
            while (n.find()) {
                addPart(partOf(Integer.parseInt(n.group())), header, list, partLabels);
            }
        }
    }

    private static void addPart(int part, String header, Map<Integer, String> list, Map<Integer, String> partLabels) {
        if (part > 0) {
            list.putIfAbsent(part, header);
            partLabels.putIfAbsent(part, "Part " + part + ". " + PART_TITLES[part - 1]);
        }
    }

    /** Whether line {@code i} opens an item: after a blank line, a lone bullet glyph or a line ending a sentence. */
    private static boolean startsItem(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (i == 0 || l.blanksBefore() > 0 || l.pageBreakBefore()) {
            return true;
        }
        String prev = lines.get(i - 1).text().strip();
        return prev.length() <= 1 || lines.get(i - 1).endsSentence() || prev.endsWith(":")
                || StandardsLayout.PART_HEADING.matcher(folded(prev)).find()
                || StandardsLayout.UNMET_LIST.matcher(folded(prev)).find()
                || StandardsLayout.MET_LIST.matcher(folded(prev)).find();
    }

    /** Remembers the part's last statement of its outcome. */
    private static void closePart(Integer part, StringBuilder body, Map<Integer, String> statements) {
        if (part == null) {
            return;
        }
        String last = null;
        for (String sentence : SENTENCE_END.split(Fold.spaces(body))) {
            String f = folded(sentence);
            if (PART_STATEMENT.matcher(f).find() && (f.contains("met") || f.contains("meet")
                    || f.contains("insufficient evidence"))) {
                last = sentence;
            }
        }
        if (last != null) {
            statements.put(part, last);
        }
    }

    /** The grade key a statement (folded) gives, or null if it states none. */
    static String gradeOf(String statement, boolean likelyScale) {
        if (statement.contains("insufficient evidence")) {
            return Key.INSUFFICIENT_EVIDENCE;
        }
        boolean negative = NEGATIVE.matcher(statement).find();
        if (statement.contains("likely")) {
            return negative ? Key.UNLIKELY_TO_MEET : Key.LIKELY_TO_MEET;
        }
        if (statement.contains("met") || statement.contains("meet")) {
            if (likelyScale) {
                return negative ? Key.UNLIKELY_TO_MEET : Key.LIKELY_TO_MEET;
            }
            return negative ? Key.NOT_MET : Key.MET;
        }
        return null;
    }

    /**
     * The "Overall outcome" box: its label, then the outcome on the same line (a layout-preserving
     * conversion sets the two cells side by side) or on the lines after it, up to a blank line.
     */
    static Grade overallOutcome(List<Line> lines) {
        Grade box = outcomeBox(lines);
        return box != null ? box : standardsStatement(lines);
    }

    /**
     * A standard inspection's statement whether the school meets the standards, where there is no "Overall
     * outcome" box: the EIF report's last table row "Does the school meet the independent school standards?"
     * with its answer (beside it, or on one of the next lines where pdftotext printed the answers' column
     * apart), or the CIF report's "The school meets / does not meet the requirements of the schedule to the
     * Education (Independent School Standards) Regulations …" under "Compliance with regulatory requirements".
     */
    static Grade standardsStatement(List<Line> lines) {
        int limit = Math.min(lines.size(), OUTCOME_SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            Matcher row = STANDARDS_ROW.matcher(folded(lines.get(i).text()));
            if (!row.find()) {
                continue;
            }
            String answer = row.group(1);
            for (int k = i + 1; answer == null && k < Math.min(lines.size(), i + 1 + ANSWER_WITHIN); k++) {
                String f = folded(lines.get(k).text());
                answer = f.equals("yes") || f.equals("no") ? f : null;
            }
            if (answer != null) {
                return new Grade("overall-outcome", "Does the school meet the independent school standards?",
                        answer.equals("yes") ? Key.MET : Key.NOT_MET, answer.equals("yes") ? "Yes" : "No");
            }
        }
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            text.append(' ').append(l.text());
        }
        Matcher c = COMPLIANCE.matcher(folded(text.toString()));
        if (c.find()) {
            return new Grade("overall-outcome", "Compliance with regulatory requirements",
                    c.group(1).equals("meets") ? Key.MET : Key.NOT_MET, c.group(0));
        }
        return null;
    }

    /**
     * A line that is only a date ("16 June 2026"): pdftotext's default mode may print a first page's label column
     * ("Progress monitoring inspection report:" / "Overall outcome") before its value column (the date, then the
     * outcome), so the date sits between the box's label and its outcome.
     */
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|"
            + "june|july|august|september|october|november|december),? \\d{4}");

    /** The "Overall outcome" box (additional inspections and the renewed framework's reports). */
    private static Grade outcomeBox(List<Line> lines) {
        int limit = Math.min(lines.size(), OUTCOME_SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            String t = lines.get(i).text();
            if (!folded(t).startsWith("overall outcome")) {
                continue;
            }
            StringBuilder cell = new StringBuilder(t.substring("overall outcome".length()).strip());
            for (int k = i + 1; k < lines.size() && cell.length() < MAX_OUTCOME_CHARS; k++) {
                Line l = lines.get(k);
                if (cell.length() == 0 && DATE_ONLY.matcher(folded(l.text())).matches()) {
                    continue; // the report's date, its cell printed in the same column pass as the box's
                }
                if (cell.length() > 0 && (l.blanksBefore() > 0 || l.pageBreakBefore())) {
                    break;
                }
                cell.append(' ').append(l.text());
            }
            String written = Fold.spaces(cell);
            String grade = outcomeGrade(folded(written));
            return grade == null ? null : new Grade("overall-outcome", "Overall outcome", grade, written);
        }
        return null;
    }

    /** The grade key an overall outcome (folded) states, or null. */
    static String outcomeGrade(String outcome) {
        if (outcome.contains("insufficient evidence")) {
            return Key.INSUFFICIENT_EVIDENCE;
        }
        if (outcome.matches(".*\\b(unlikely|not likely) to (be )?meet.*|.*\\bunlikely to be met.*")) {
            return Key.UNLIKELY_TO_MEET;
        }
        if (outcome.matches(".*\\blikely to (be )?(meet|met)\\b.*")) {
            return Key.LIKELY_TO_MEET;
        }
        if (outcome.matches(".*\\b(does|do|did) not meet\\b.*|.*\\bnot (been )?met\\b.*")) {
            return Key.NOT_MET;
        }
        if (outcome.matches(".*\\b(meets|met)\\b.*")) {
            return Key.MET;
        }
        return null;
    }

    private static String folded(String s) {
        return Fold.spaces(Fold.forMatching(s));
    }
}

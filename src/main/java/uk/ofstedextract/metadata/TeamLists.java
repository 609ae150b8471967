package uk.ofstedextract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;

/**
 * The inspectors of a school-sector report, lead first, from the lists those reports print: a
 * label on a line of its own or before the name ("Lead inspector:", "Reporting inspector: Mr A
 * Name", "Team inspectors:", "Inspection team", "Team members"), then one name a line, each
 * followed or preceded by its role ("His Majesty's Inspector", "Ofsted Inspector", "Lay
 * inspector"), an inspector's number or, in a layout-preserving conversion, the role in a column
 * beside it; "A Name, lead inspector" marks the lead inside a team list. Titles, roles, numbers and
 * bracketed alternative names ("Kay (Kathleen) Charlton") are dropped. A letter's lead is its signatory.
 */
final class TeamLists {
    private TeamLists() {
    }

    private static final String LEAD_WORDS = Labels.anyOf("lead inspector", "name of lead inspector", "reporting inspector",
            "lead and reporting inspector");
    /** A label opening a list, alone on its line or followed by a name. */
    private static final Pattern LABEL = Pattern.compile("^(?:(?<lead>" + LEAD_WORDS + ")|(?<team>"
            + Labels.anyOf("team inspectors", "team inspector", "inspection team", "the inspection team",
            "team members", "inspectors", "inspector") + "))[ \\t]*:?[ \\t]*(?<rest>.*)$");
    /** "A Name, lead inspector" (a team list's lead). */
    private static final Pattern NAMED_LEAD = Pattern.compile(
            "(?i)^(.{3,60}?),?\\s+(?:lead|reporting)(?: [a-z']+){0,3}? inspector\\b.*$");
    /** Roles and titles printed with a name, which are not names. */
    private static final Pattern ROLE = Pattern.compile("(?:senior |deputy |lead |team |registered |lay |additional |"
            + "ofsted |social care regulatory |regulatory )*(?:h(?:er|is) majesty's inspectors?|inspectors?|hmi|oi|"
            + "ofsted inspectors?|additional inspectors?)(?: \\((?:h?mi|oi)\\))?|s?hmi|ofsted");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:mr|mrs|ms|miss|mx|dr)\\.?\\s+");
    /** A role written after the name with one space: "Jane Smith HMI", "Tom Reed Additional Inspector". */
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "(?i)\\s+(?:s?hmi|oi|(?:additional|ofsted|lead|team|registered|lay) inspector|h(?:er|is) majesty's "
                    + "inspector)$");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern NUMBER = Pattern.compile("^[\\d\\s/.-]+$");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:[ ](?:\\p{Lu}[\\p{L}'’.-]*|de|da|di|van|von|der|le|la|du|el|al|bin|ben)){1,4}");

    /**
     * @param folded the report, folded (lower case) with its lines
     * @param original the same text as written
     */
    static List<String> read(String folded, String original) {
        String[] fl = folded.split("\n", -1);
        String[] ol = original.split("\n", -1);
        Set<String> lead = new LinkedHashSet<>();
        Set<String> team = new LinkedHashSet<>();
        for (int i = 0; i < fl.length && i < ol.length; i++) {
            Matcher m = LABEL.matcher(fl[i].strip());
            if (!m.matches()) {
                continue;
            }
            boolean isLead = m.group("lead") != null;
            String restOriginal = ol[i].strip().substring(m.start("rest"));
            if (!m.group("rest").isEmpty()) {
                // "Reporting inspector: Mr Jean-Pierre Kirkland": the name on the label's line, or nothing
                String n = name(restOriginal);
                if (n != null) {
                    (isLead ? lead : team).add(n);
                }
                if (isLead || n == null) {
                    continue;
                }
            }
            readList(fl, ol, i + 1, isLead, lead, team);
        }
        Set<String> out = new LinkedHashSet<>(lead);
        out.addAll(team);
        return new ArrayList<>(out);
    }

    /** The names after a label: one a line, roles and numbers between them, up to the first other line. */
    private static void readList(String[] fl, String[] ol, int from, boolean isLead, Set<String> lead,
                                 Set<String> team) {
        int blanks = 0;
        for (int j = from; j < fl.length && j < ol.length; j++) {
            String f = fl[j].strip();
            if (f.isEmpty()) {
                if (++blanks > 3) {
                    return;
                }
                continue;
            }
            blanks = 0;
            String first = Establishments.cell(ol[j]);
            if (isRole(Fold.forMatching(first)) || NUMBER.matcher(f).matches() || isFooter(first)) {
                continue; // a role, an inspector's number, a page's footer ("Oakfield School, 3 March 2026") or number
            }
            Matcher named = NAMED_LEAD.matcher(first);
            if (named.matches() && name(named.group(1)) != null) {
                lead.add(name(named.group(1)));
                continue;
            }
            String n = name(first);
            if (n == null || LABEL.matcher(f).matches()) {
                return;
            }
            (isLead ? lead : team).add(n);
            if (isLead) {
                return; // one lead
            }
        }
    }

    /** A running footer: a name, a comma and a date ("New Forest School, 2 July 2026"). */
    private static boolean isFooter(String cell) {
        int comma = cell.lastIndexOf(',');
        return comma > 0 && Dates.firstRange(cell.substring(comma + 1)).map(r -> r.matchStart() < 3).orElse(false);
    }

    private static boolean isRole(String folded) {
        return ROLE.matcher(folded.replace('’', '\'').replaceAll("[.,]", "").strip()).matches();
    }

    /** The person's name in a cell: honorific, bracketed names and what follows a comma dropped; null if none. */
    static String name(String cell) {
        String s = cell.replace('’', '\'');
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        s = BRACKETED.matcher(s).replaceAll("");
        s = Fold.spaces(s);
        Matcher h = HONORIFIC.matcher(s.toLowerCase());
        if (h.lookingAt()) {
            s = s.substring(h.end());
        }
        s = TRAILING_ROLE.matcher(s).replaceFirst("");
        if (!NAME.matcher(s).matches() || isRole(Fold.forMatching(s)) || s.toLowerCase().contains("inspector")
                || s.toLowerCase().contains("report") || Establishments.isEstablishment(s)) {
            return null;
        }
        return s;
    }
}

package uk.ofstedextract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inspectors a letter names in its opening sentence, who visited with the signatory: "Following my
 * visit with Susan Lomas, Ofsted Inspector, and Lenford White, Ofsted Inspector, to your school on 8–9
 * December 2015, I write …" (monitoring and short inspection letters). The signatory leads; these are the
 * team, in the order written, without their roles.
 */
final class VisitTeam {
    private static final Pattern VISIT_WITH = Pattern.compile(
            "following\\s+(?:my|our|the)\\s+visit\\s+with\\s+(.{3,300}?),?\\s+to\\s+(?:your|the)\\s+(?:school|academy)\\b",
            Pattern.DOTALL);
    private static final Pattern ROLE = Pattern.compile(
            "(?i)^(?:(?:her|his) majesty'?s inspectors?|(?:ofsted|additional|senior|lay) inspectors?|s?hmi|oi)$");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3}");

    private VisitTeam() {
    }

    /**
     * @param folded the letter, folded for matching (same length as {@code original})
     * @param original the letter as written
     */
    static List<String> read(String folded, String original) {
        List<String> names = new ArrayList<>();
        Matcher m = VISIT_WITH.matcher(folded);
        if (!m.find()) {
            return names;
        }
        String list = original.substring(m.start(1), m.end(1)).replace('’', '\'').replaceAll("\\s+", " ");
        for (String part : list.split(",|\\band\\b")) {
            String p = part.strip();
            if (p.isEmpty() || ROLE.matcher(p).matches()) {
                continue;
            }
            if (!NAME.matcher(p).matches()) {
                return List.of(); // not a list of names and roles: read nothing rather than guess
            }
            names.add(p);
        }
        return names;
    }
}

package uk.ofstedextract.validate;

/**
 * One hit of a rule: the rule, the severity it has in this run, a message, and where in the file
 * (1-based line and column, and the character offset into the decoded text), or {@code line == 0}
 * where the issue concerns the whole file (or, for corpus rules, no file).
 */
public record Issue(Rule rule, Severity severity, String message, int line, int column, Integer offset) {
    public boolean hasLocation() {
        return line > 0;
    }
}

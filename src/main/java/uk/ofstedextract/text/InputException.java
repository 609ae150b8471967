package uk.ofstedextract.text;

/** An input the tool cannot read as a report: empty, binary, too large. The message names the problem. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}

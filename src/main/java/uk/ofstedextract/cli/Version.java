package uk.ofstedextract.cli;

import picocli.CommandLine;
import uk.ofstedextract.Extractor;

/** {@code --version}: the version in the jar manifest (see {@link Extractor#toolVersion()}). */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Extractor.toolName(), "schema " + uk.ofstedextract.report.Report.SCHEMA};
    }
}

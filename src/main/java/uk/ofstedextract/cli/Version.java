package uk.ofstedextract.cli;

import picocli.CommandLine;
import uk.ofstedextract.BuildInfo;
import uk.ofstedextract.Extractor;

/** {@code --version}: the version in the jar manifest (see {@link Extractor#toolVersion()}) and the git commit. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String commit = BuildInfo.commit();
        return new String[] {Extractor.toolName() + (commit == null ? "" : " (commit " + commit + ")"),
            "schema " + uk.ofstedextract.report.Report.SCHEMA};
    }
}

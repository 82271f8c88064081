package id.loket.cli;

import picocli.CommandLine;

/**
 * {@code loket --version}: the installed package's version (its launcher sets
 * {@code jpackage.app-version}), else the version the jar was built as, so an office's IT person
 * and a support call name the same thing.
 */
final class LoketVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String installed = System.getProperty("jpackage.app-version");
        String built = LoketVersion.class.getPackage().getImplementationVersion();
        String version = installed != null ? installed : built != null ? built : "(development build)";
        return new String[] {"Loket " + version};
    }
}

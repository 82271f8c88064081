package id.loket.service.dailyfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this Loket, from the build ({@code loket-version.properties}, filled in by Maven). */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    public static String current() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("/loket-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("loket-version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read loket-version.properties", e);
        }
    }
}

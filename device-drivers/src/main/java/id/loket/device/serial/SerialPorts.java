package id.loket.device.serial;

import java.util.List;

/** The serial ports of this computer. */
public interface SerialPorts {

    /** The ports the system lists now, as paths or names to open (e.g. /dev/ttyACM0, COM3). */
    List<String> available();

    /** Whether {@code path} is there now (listed, or an existing device file or link to one). */
    boolean present(String path);

    /** A line for {@code path}, not open yet. */
    SerialLine line(String path);
}

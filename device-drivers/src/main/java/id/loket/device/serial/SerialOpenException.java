package id.loket.device.serial;

import id.loket.device.api.DeviceProblem;
import java.io.IOException;

/** A serial port that could not be opened, with the reason as a problem code. */
public final class SerialOpenException extends IOException {

    private final DeviceProblem problem;

    public SerialOpenException(DeviceProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public DeviceProblem problem() {
        return problem;
    }
}

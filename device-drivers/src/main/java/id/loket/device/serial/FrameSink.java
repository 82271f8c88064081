package id.loket.device.serial;

import id.loket.device.api.DeviceProblem;

/** Where a {@link FrameDecoder} delivers what it found. */
public interface FrameSink {

    /** A whole frame, decoded as UTF-8, without its end mark. */
    void frame(String payload);

    /** A frame that was not a code; {@code detail} is for the log and holds no more than 16 bytes of it. */
    void error(DeviceProblem problem, String detail);
}

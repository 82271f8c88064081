package id.loket.device.serial;

import id.loket.device.api.DeviceProblem;
import java.util.ArrayList;
import java.util.List;

/** A frame sink that writes down what it gets, as "frame:<payload>" or "error:<PROBLEM>". */
final class Recorded implements FrameSink {

    final List<String> events = new ArrayList<>();
    final List<String> details = new ArrayList<>();

    @Override
    public void frame(String payload) {
        events.add("frame:" + payload);
    }

    @Override
    public void error(DeviceProblem problem, String detail) {
        events.add("error:" + problem);
        details.add(detail);
    }
}

package id.loket.device.serial;

import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import java.util.List;

/**
 * How to talk on a serial line.
 *
 * @param baud     bits per second
 * @param dataBits 5 to 8
 */
public record SerialSettings(int baud, int dataBits, Parity parity, StopBits stopBits) {

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits {
        ONE("1"), ONE_POINT_FIVE("1.5"), TWO("2");

        private final String text;

        StopBits(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public SerialSettings {
        if (baud < 50 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud out of range: " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8: " + dataBits);
        }
    }

    public static SerialSettings defaults() {
        return new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE);
    }

    /** The parameters every serial driver takes. */
    public static List<DriverParameter> parameters() {
        return List.of(
                DriverParameter.required("port", "the serial port: /dev/ttyACM0, /dev/ttyUSB0, COM3, ..."),
                DriverParameter.of("baud", "9600", "bits per second, 50 to 4000000"),
                DriverParameter.of("data-bits", "8", "5, 6, 7 or 8"),
                DriverParameter.of("parity", "none", "none, odd, even, mark or space"),
                DriverParameter.of("stop-bits", "1", "1, 1.5 or 2"));
    }

    /** Reads baud, data-bits, parity and stop-bits. */
    public static SerialSettings from(DriverParameters p) {
        int baud = p.integer("baud", 9600, 50, 4_000_000);
        int dataBits = p.integer("data-bits", 8, 5, 8);
        Parity parity = p.choice("parity", Parity.class, Parity.NONE);
        String stop = p.string("stop-bits", "1");
        StopBits stopBits = switch (stop) {
            case "1" -> StopBits.ONE;
            case "1.5" -> StopBits.ONE_POINT_FIVE;
            case "2" -> StopBits.TWO;
            default -> throw p.bad("stop-bits", stop, "1, 1.5 or 2", null);
        };
        return new SerialSettings(baud, dataBits, parity, stopBits);
    }

    /** Like "9600 8N1". */
    public String shortText() {
        return baud + " " + dataBits + parity.name().charAt(0) + stopBits.text();
    }
}

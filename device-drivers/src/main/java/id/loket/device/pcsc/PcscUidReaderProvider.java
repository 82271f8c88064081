package id.loket.device.pcsc;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/** {@code device.card-reader=pcsc-uid}. */
public final class PcscUidReaderProvider extends BaseProvider {

    public static final String ID = "pcsc-uid";

    private final PcscUidReader.TerminalSource source;

    public PcscUidReaderProvider() {
        this(PcscUidReader.PCSC);
    }

    public PcscUidReaderProvider(PcscUidReader.TerminalSource source) {
        super(ID, DeviceRole.CARD_READER, "contactless card UID on a PC/SC reader (javax.smartcardio): a card linked to a NIK identifies the resident");
        this.source = source;
    }

    @Override
    public List<DriverParameter> parameters() {
        return List.of(
                DriverParameter.of("reader", "", "part of the reader's name; empty for every reader"),
                DriverParameter.of("poll-ms", "250", "how often to look for a card, 50 to 5000"),
                DriverParameter.of("retry-ms", "2000", "how long to wait when PC/SC or the reader is missing, 200 to 60000"),
                DriverParameter.of("apdu", "FFCA000000", "the command that returns the UID, in hex"));
    }

    @Override
    public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
        DriverParameters p = new DriverParameters(DeviceRole.CARD_READER, choice);
        String reader = p.string("reader", "");
        int poll = p.integer("poll-ms", 250, 50, 5000);
        int retry = p.integer("retry-ms", 2000, 200, 60_000);
        byte[] apdu = p.hex("apdu", "FFCA000000");
        if (apdu.length < 4) {
            throw p.bad("apdu", HexFormat.of().formatHex(apdu), "a command of at least 4 bytes", null);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reader", reader.isEmpty() ? "(any)" : reader);
        details.put("apdu", HexFormat.of().withUpperCase().formatHex(apdu));
        DeviceInfo info = new DeviceInfo(ID, DeviceRole.CARD_READER, "PC/SC card-UID reader"
                + (reader.isEmpty() ? "" : " on *" + reader + "*"), details);
        return new PcscUidReader(ID, info, source, reader, apdu, poll, retry, context.clock());
    }

    @Override
    public List<String> detect(DeviceContext context) {
        try {
            return source.factory().terminals().list().stream().map(CardTerminal::getName).toList();
        } catch (NoSuchAlgorithmException | CardException e) {
            return List.of("(PC/SC not available: " + e.getMessage() + ")");
        }
    }
}

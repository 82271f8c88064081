package id.loket.device.pcsc;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * A {@link TerminalFactorySpi} test provider: readers and cards whose behaviour the test sets, for the
 * faults a real reader cannot be made to show on demand (a card pulled during the read, a listing that
 * fails). The real PC/SC path is tested against pcscd with a virtual card.
 */
final class FakeTerminals {

    /** What the card answers to an APDU; may throw to play a card that left. */
    interface Answer {
        ResponseAPDU answer(FakeTerminal terminal, CommandAPDU command) throws CardException;
    }

    final List<FakeTerminal> terminals = new CopyOnWriteArrayList<>();
    volatile CardException listFailure;
    final List<String> sent = new CopyOnWriteArrayList<>();

    FakeTerminal add(String name) {
        FakeTerminal terminal = new FakeTerminal(name);
        terminals.add(terminal);
        return terminal;
    }

    PcscUidReader.TerminalSource source() {
        Provider provider = new Provider("LoketFakePcsc", "1.0", "test terminals") {
            {
                put("TerminalFactory.LoketFake", Spi.class.getName());
            }
        };
        return () -> {
            try {
                return TerminalFactory.getInstance("LoketFake", this, provider);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The SPI; the JDK makes it with the parameter given to getInstance. */
    public static final class Spi extends TerminalFactorySpi {
        private final FakeTerminals owner;

        public Spi(Object parameter) {
            this.owner = (FakeTerminals) parameter;
        }

        @Override
        protected CardTerminals engineTerminals() {
            return new CardTerminals() {
                @Override
                public List<CardTerminal> list(State state) throws CardException {
                    if (owner.listFailure != null) {
                        throw owner.listFailure;
                    }
                    return new ArrayList<>(owner.terminals);
                }

                @Override
                public boolean waitForChange(long timeout) {
                    throw new UnsupportedOperationException("the driver polls; it never waits for a change");
                }
            };
        }
    }

    final class FakeTerminal extends CardTerminal {
        private final String name;
        volatile boolean present;
        volatile Answer answer = (terminal, command) -> new ResponseAPDU(new byte[] {0x04, 0x11, 0x22, 0x33, (byte) 0x90, 0x00});

        FakeTerminal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            if (!present) {
                throw new CardException("no card present");
            }
            return new FakeCard(this);
        }

        @Override
        public boolean isCardPresent() {
            return present;
        }

        @Override
        public boolean waitForCardPresent(long timeout) {
            return present;
        }

        @Override
        public boolean waitForCardAbsent(long timeout) {
            return !present;
        }
    }

    private final class FakeCard extends Card {
        private final FakeTerminal terminal;

        FakeCard(FakeTerminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public ATR getATR() {
            return new ATR(new byte[] {0x3B, 0x00});
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            FakeCard card = this;
            return new CardChannel() {
                @Override
                public Card getCard() {
                    return card;
                }

                @Override
                public int getChannelNumber() {
                    return 0;
                }

                @Override
                public ResponseAPDU transmit(CommandAPDU command) throws CardException {
                    sent.add(java.util.HexFormat.of().withUpperCase().formatHex(command.getBytes()));
                    return terminal.answer.answer(terminal, command);
                }

                @Override
                public int transmit(ByteBuffer command, ByteBuffer response) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void close() {
                    // The basic channel stays open with the card.
                }
            };
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
            // One test thread: nothing to lock.
        }

        @Override
        public void endExclusive() {
            // See beginExclusive.
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) {
            // Nothing is held.
        }
    }

}

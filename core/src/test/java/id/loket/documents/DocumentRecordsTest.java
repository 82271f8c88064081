package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentRecordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3273014506900001", "3273 0145 0690 0001", "3273.0145.0690.0001", "3273-0145-0690-0001"})
    void aReceiptRefusesAFullNik(String fullNik) {
        assertThatThrownBy(() -> receiptWithNik(fullNik))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("receipt needs a masked NIK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3273********0001", "32730145****0001", "************0001"})
    void aReceiptAcceptsAMaskedNik(String maskedNik) {
        assertThat(receiptWithNik(maskedNik).maskedNik()).isEqualTo(maskedNik);
    }

    @Test
    void blankOptionalFieldsOfAReceiptAreAbsent() {
        ReceiptDocument receipt = Samples.receiptWith("Siti", "  ", "", List.of());
        assertThat(receipt.ticketNumber()).isNull();
        assertThat(receipt.portalReference()).isNull();
    }

    @Test
    void aReceiptKeepsItsOwnCopyOfTheNextSteps() {
        List<String> steps = new ArrayList<>(Samples.steps(2));
        ReceiptDocument receipt = Samples.receiptWith("Siti", null, null, steps);
        steps.add("added later");
        assertThat(receipt.nextSteps()).hasSize(2);
    }

    @Test
    void aReceiptRefusesABlankNameOrStep() {
        assertThatThrownBy(() -> Samples.receiptWith(" ", null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> Samples.receiptWith("Siti", null, null, List.of("ok", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nextSteps");
    }

    @Test
    void aTicketRefusesMissingNumberPayloadOrNegativeQueue() {
        TicketDocument t = Samples.ticket();
        assertThatThrownBy(() -> new TicketDocument(t.officeName(), t.officeAddress(), " ", t.serviceName(),
                false, t.issuedAt(), 0, t.qrPayload())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketDocument(t.officeName(), t.officeAddress(), t.ticketNumber(),
                t.serviceName(), false, t.issuedAt(), 0, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketDocument(t.officeName(), t.officeAddress(), t.ticketNumber(),
                t.serviceName(), false, t.issuedAt(), -1, t.qrPayload()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketDocument(t.officeName(), t.officeAddress(), t.ticketNumber(),
                t.serviceName(), false, null, 0, t.qrPayload())).isInstanceOf(NullPointerException.class);
    }

    private static ReceiptDocument receiptWithNik(String nik) {
        ReceiptDocument r = Samples.receipt();
        return new ReceiptDocument(r.officeName(), r.officeAddress(), r.savedAt(), r.registrationCode(),
                r.ticketNumber(), nik, r.name(), r.rt(), r.rw(), r.pathText(), r.ikdText(), r.outcomeText(),
                r.portalReference(), r.nextSteps(), r.agentName(), r.qrPayload());
    }
}

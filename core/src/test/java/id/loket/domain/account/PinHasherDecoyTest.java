package id.loket.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decoy checked for a name without an account: shaped and costed like a real hash, matched by nothing. */
class PinHasherDecoyTest {

    private final PinHasher hasher = new PinHasher(1_000);

    @Test
    void theDecoyHasTheSchemeAndIterationsOfARealHashSoItsCheckCostsTheSame() {
        String real = hasher.hash("482913".toCharArray());
        String decoy = hasher.decoy();

        assertThat(decoy.split("\\$")).hasSize(4);
        assertThat(decoy.substring(0, decoy.indexOf('$', decoy.indexOf('$') + 1)))
                .isEqualTo(real.substring(0, real.indexOf('$', real.indexOf('$') + 1)))
                .isEqualTo("pbkdf2-sha256$1000");
        assertThat(decoy.length()).isEqualTo(real.length());
    }

    @Test
    void noPinMatchesTheDecoy() {
        String decoy = hasher.decoy();
        for (int pin = 0; pin < 200; pin++) {
            assertThat(hasher.matches(String.format("%06d", pin).toCharArray(), decoy)).isFalse();
        }
    }

    @Test
    void twoDecoysDiffer() {
        assertThat(hasher.decoy()).isNotEqualTo(hasher.decoy());
    }
}

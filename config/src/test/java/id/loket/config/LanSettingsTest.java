package id.loket.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanSettingsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {2} {1}")
    @CsvSource({
        "192.168.1.21, 192.168.1.21, true",
        "192.168.1.21, 192.168.1.22, false",
        "192.168.1.0/24, 192.168.1.254, true",
        "192.168.1.0/24, 192.168.2.1, false",
        "10.0.0.0/8, 10.200.3.4, true",
        "192.168.1.128/25, 192.168.1.127, false",
        "0.0.0.0/0, 8.8.8.8, true",
        "fd00::/8, fd00::2, true",
        "fd00::/8, 192.168.1.1, false"})
    void rulesMatchAddressesAndNetworks(String rule, String address, boolean matches) throws Exception {
        assertThat(AddressRule.parse(rule).orElseThrow().matches(InetAddress.getByName(address))).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pc-loket-2", "192.168.1", "192.168.1.300", "192.168.1.0/33", "192.168.1.0/x", ""})
    void anythingButANumericAddressIsNotARule(String text) {
        assertThat(AddressRule.parse(text)).isEmpty();
    }

    @Test
    void theServerPcItselfIsAlwaysAllowedOthersOnlyWhenListed() throws Exception {
        Path file = TestFiles.write(dir, "lan.allowed-addresses=192.168.1.21, 192.168.2.0/24",
                "lan.password=kata-sandi-lan-2026", "lan.port=9393");
        LanSettings lan = TestFiles.load(dir, file).lan();

        assertThat(lan.port()).isEqualTo(9393);
        assertThat(lan.password()).contains("kata-sandi-lan-2026");
        assertThat(lan.allows(InetAddress.getLoopbackAddress())).isTrue();
        assertThat(lan.allows(InetAddress.getByName("192.168.1.21"))).isTrue();
        assertThat(lan.allows(InetAddress.getByName("192.168.2.9"))).isTrue();
        assertThat(lan.allows(InetAddress.getByName("192.168.1.22"))).isFalse();
    }

    @Test
    void byDefaultNoOtherPcAndNoPassword() {
        LanSettings lan = TestFiles.load(dir, TestFiles.write(dir, "")).lan();
        assertThat(lan.allowedAddresses()).isEmpty();
        assertThat(lan.password()).isEmpty();
        assertThat(lan.port()).isEqualTo(9092);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            lan.allowed-addresses | 192.168.1.21,pc-dua | IP addresses or networks
            lan.password          | pendek              | at least 12 characters
            lan.port              | 80                  | 1024–65535
            """)
    void badLanValuesAreNamed(String key, String value, String allowed) {
        Path file = TestFiles.write(dir, key + "=" + value);
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));
        assertThat(error.key()).isEqualTo(key);
        assertThat(error.allowed()).contains(allowed);
    }

    @Test
    void theBoardIsAStartFace() {
        assertThat(TestFiles.load(dir, TestFiles.write(dir, "ui.start-face=board")).ui().startFace())
                .isEqualTo(StartFace.BOARD);
    }
}

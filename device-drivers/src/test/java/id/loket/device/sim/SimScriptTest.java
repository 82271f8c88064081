package id.loket.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimScriptTest {

    @Test
    void readsWaitsEventsAndArgumentsAndSkipsComments() throws SimScriptException {
        SimScript script = SimScript.parse("""
                # a demo
                0 card-present

                250ms card-read nik=6471054707500003 name="SITI AMINAH"
                1.5s scan  two spaces kept\\t
                2s card-removed
                repeat
                """, "demo.txt");
        assertThat(script.steps()).extracting(SimScript.Step::line, SimScript.Step::waitMillis, SimScript.Step::event)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 0L, "card-present"),
                        org.assertj.core.groups.Tuple.tuple(4, 250L, "card-read"),
                        org.assertj.core.groups.Tuple.tuple(5, 1500L, "scan"),
                        org.assertj.core.groups.Tuple.tuple(6, 2000L, "card-removed"));
        assertThat(script.steps().get(2).arguments()).isEqualTo(" two spaces kept\\t");
        assertThat(script.repeat()).isTrue();
    }

    @Test
    void pairsTakeQuotesAndEscapes() throws SimScriptException {
        assertThat(SimScript.pairs("nik=1 name=\"A \\\"B\\\" C\" addr=\"JL. X\\x20\" rt=003", "s", 1))
                .isEqualTo(Map.of("nik", "1", "name", "A \"B\" C", "addr", "JL. X ", "rt", "003"));
    }

    @Test
    void unescapeResolvesTheDocumentedEscapes() throws SimScriptException {
        assertThat(SimScript.unescape("a\\tb\\\\c\\x1Dd\\u00e9\\r\\n", "s", 1)).isEqualTo("a\tb\\c\u001Dd\u00e9\r\n");
    }

    @Test
    void mistakesNameTheFileAndLine() {
        assertThatThrownBy(() -> SimScript.parse("0 card-present\nsoon card-removed\n", "demo.txt"))
                .isInstanceOf(SimScriptException.class)
                .hasMessage("demo.txt, line 2: 'soon' is not a wait such as 0, 250ms, 2s or 1.5s");
        assertThatThrownBy(() -> SimScript.parse("0\n", "x")).hasMessageContaining("line 1: expected '<wait> <event>");
        assertThatThrownBy(() -> SimScript.parse("repeat\n", "x")).hasMessageContaining("needs at least one event");
        assertThatThrownBy(() -> SimScript.parse("0 scan A\nrepeat\n0 scan B\n", "x"))
                .hasMessageContaining("line 3: nothing may follow 'repeat'");
        assertThatThrownBy(() -> SimScript.parse("1.5 scan A\n", "x")).hasMessageContaining("with its unit");
        assertThatThrownBy(() -> SimScript.pairs("name=\"open", "x", 4)).hasMessageContaining("line 4")
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> SimScript.pairs("a=1 a=2", "x", 4)).hasMessageContaining("a is given twice");
        assertThatThrownBy(() -> SimScript.unescape("\\xZZ", "x", 5)).hasMessageContaining("needs 2 hex digits");
        assertThatThrownBy(() -> SimScript.unescape("\\q", "x", 5)).hasMessageContaining("unknown escape \\q");
    }
}

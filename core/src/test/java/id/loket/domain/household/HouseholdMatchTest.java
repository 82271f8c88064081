package id.loket.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.household.HouseholdMatch.ConflictKind;
import id.loket.domain.household.HouseholdMatch.Route;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which household a resident belongs to, and which other records the same numbers point at. Columns:
 * whether a NIK was given; the household the NIK heads, the one it is a member of, the one holding the
 * KK number typed (empty: none); then the household chosen, how, and the conflicts as KIND:household.
 */
class HouseholdMatchTest {

    @ParameterizedTest(name = "nik={0} head={1} member={2} kk={3} -> {4} by {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // The NIK heads a household: served there.
            "true  | 1 | - | - | 1 | HEAD_NIK   | -",
            // Head here, but also recorded as a member elsewhere: warn with the other household.
            "true  | 1 | 2 | - | 1 | HEAD_NIK   | NIK_MEMBER_ELSEWHERE:2",
            // Head here, and the KK typed is this household's own: nothing to warn.
            "true  | 1 | - | 1 | 1 | HEAD_NIK   | -",
            // Head here, the KK typed belongs to another household.
            "true  | 1 | - | 3 | 1 | HEAD_NIK   | KK_ELSEWHERE:3",
            // Head here, member of 2, KK of 3: both named.
            "true  | 1 | 2 | 3 | 1 | HEAD_NIK   | NIK_MEMBER_ELSEWHERE:2 KK_ELSEWHERE:3",
            // A member met here before: served in that household.
            "true  | - | 2 | - | 2 | MEMBER_NIK | -",
            "true  | - | 2 | 2 | 2 | MEMBER_NIK | -",
            "true  | - | 2 | 3 | 2 | MEMBER_NIK | KK_ELSEWHERE:3",
            // Only the KK finds it: the NIK is not its head, said so (it becomes a member on saving).
            "true  | - | - | 3 | 3 | KK_NUMBER  | NIK_NOT_HEAD:3",
            // A KK number alone (no NIK given): nothing to say about a NIK.
            "false | - | - | 3 | 3 | KK_NUMBER  | -",
            // Nothing found: a walk-in.
            "true  | - | - | - | - | NONE       | -",
            "false | - | - | - | - | NONE       | -",
    })
    void resolvesTheHouseholdAndNamesEveryOtherRecord(boolean nikGiven, Long head, Long member, Long kk,
                                                      Long chosen, Route route, String conflicts) {
        HouseholdMatch match = HouseholdMatch.resolve(nikGiven, Optional.ofNullable(head),
                Optional.ofNullable(member), Optional.ofNullable(kk));
        assertThat(match.chosen()).isEqualTo(Optional.ofNullable(chosen));
        assertThat(match.route()).isEqualTo(route);
        assertThat(match.found()).isEqualTo(chosen != null);
        assertThat(match.conflicts()).containsExactlyElementsOf(conflicts(conflicts));
    }

    private static List<HouseholdMatch.Conflict> conflicts(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.trim().split("\\s+")).map(item -> {
            String[] parts = item.split(":");
            return new HouseholdMatch.Conflict(ConflictKind.valueOf(parts[0]), Long.parseLong(parts[1]));
        }).toList();
    }
}
